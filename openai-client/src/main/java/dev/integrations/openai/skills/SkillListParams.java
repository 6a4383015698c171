package dev.integrations.openai.skills;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.jspecify.annotations.Nullable;

/**
 * Paging of {@code GET /skills} and {@code GET /skills/{skill_id}/versions}, which take {@code limit},
 * {@code order} and {@code after} (no {@code before}). Every parameter is optional; {@link #DEFAULTS} sends none.
 *
 * @param limit how many objects per page, 1 to 100
 * @param order the order: skills by creation time, versions by version number
 * @param after the ID of the skill (or skill version) to list after
 */
public record SkillListParams(@Nullable Integer limit, @Nullable SortOrder order, @Nullable String after)
		implements CursorParams<SkillListParams> {

	/** No parameters: the API's defaults. */
	public static final SkillListParams DEFAULTS = new SkillListParams(null, null, null);

	/**
	 * Checks the limit.
	 */
	public SkillListParams {
		Validation.range("limit", limit, 1, 100);
	}

	@Override
	public SkillListParams withAfter(@Nullable String after) {
		return new SkillListParams(this.limit, this.order, after);
	}

	/** Adds the parameters that are set to a request's query. */
	ApiRequest.Builder applyTo(ApiRequest.Builder request) {
		return request.query("limit", this.limit)
			.query("order", (this.order != null) ? this.order.wireValue() : null)
			.query("after", this.after);
	}

}
