package dev.integrations.openai.finetuning;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The query of {@code GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions}.
 *
 * @param projectId only the permission of this project
 * @param after the ID of the permission to start after, or {@code null} for the first page
 * @param limit the page size (10 when {@code null})
 * @param order the order ({@code descending} when {@code null})
 */
public record CheckpointPermissionListParams(@Nullable String projectId, @Nullable String after,
		@Nullable Integer limit, @Nullable CheckpointPermissionOrder order)
		implements CursorParams<CheckpointPermissionListParams> {

	/** Every project, no cursor, default page size and order. */
	public static final CheckpointPermissionListParams DEFAULTS = new CheckpointPermissionListParams(null, null,
			null, null);

	/**
	 * Checks the fields.
	 */
	public CheckpointPermissionListParams {
		Validation.range("limit", limit, 1, Integer.MAX_VALUE);
	}

	@Override
	public CheckpointPermissionListParams withAfter(@Nullable String after) {
		return new CheckpointPermissionListParams(this.projectId, after, this.limit, this.order);
	}

}
