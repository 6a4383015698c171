package dev.integrations.openai.evals;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Paging and filter of {@code GET /evals/{eval_id}/runs}.
 *
 * @param after the ID of the run to list after
 * @param limit how many runs per page (the API's default is 20)
 * @param order the order by creation time ({@code asc} by default)
 * @param status only runs with this status
 */
public record EvalRunListParams(@Nullable String after, @Nullable Integer limit, @Nullable SortOrder order,
		@Nullable EvalRunStatus status) implements CursorParams<EvalRunListParams> {

	/** The API's default paging, no filter. */
	public static final EvalRunListParams DEFAULTS = new EvalRunListParams(null, null, null, null);

	/**
	 * Checks the limit and the status.
	 */
	public EvalRunListParams {
		Validation.range("limit", limit, 1, Integer.MAX_VALUE);
		if (status == EvalRunStatus.UNKNOWN) {
			throw new OpenAIValidationException("status", "status UNKNOWN cannot be sent");
		}
	}

	@Override
	public EvalRunListParams withAfter(@Nullable String after) {
		return new EvalRunListParams(after, this.limit, this.order, this.status);
	}

}
