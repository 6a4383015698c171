package dev.integrations.openai.finetuning;

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
public record ListCheckpointPermissionsParams(@Nullable String projectId, @Nullable String after,
		@Nullable Integer limit, @Nullable CheckpointPermissionOrder order) {

	/** Every project, no cursor, default page size and order. */
	public static final ListCheckpointPermissionsParams DEFAULTS = new ListCheckpointPermissionsParams(null, null,
			null, null);

	/**
	 * Checks the fields.
	 */
	public ListCheckpointPermissionsParams {
		Validation.range("limit", limit, 1, Integer.MAX_VALUE);
	}

}
