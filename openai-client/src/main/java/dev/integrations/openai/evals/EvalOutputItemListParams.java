package dev.integrations.openai.evals;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Paging and filter of {@code GET /evals/{eval_id}/runs/{run_id}/output_items}.
 *
 * @param after the ID of the output item to list after
 * @param limit how many output items per page (the API's default is 20)
 * @param order the order by creation time ({@code asc} by default)
 * @param status only items that passed, or only items that failed
 */
public record EvalOutputItemListParams(@Nullable String after, @Nullable Integer limit, @Nullable SortOrder order,
		@Nullable EvalOutputItemStatus status) implements CursorParams<EvalOutputItemListParams> {

	/** The API's default paging, no filter. */
	public static final EvalOutputItemListParams DEFAULTS = new EvalOutputItemListParams(null, null, null, null);

	/**
	 * Checks the limit and the status.
	 */
	public EvalOutputItemListParams {
		Validation.range("limit", limit, 1, Integer.MAX_VALUE);
		if (status == EvalOutputItemStatus.UNKNOWN) {
			throw new OpenAIValidationException("status", "status UNKNOWN cannot be sent");
		}
	}

	@Override
	public EvalOutputItemListParams withAfter(@Nullable String after) {
		return new EvalOutputItemListParams(after, this.limit, this.order, this.status);
	}

}
