package dev.integrations.openai.evals;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Paging and order of {@code GET /evals}.
 *
 * @param after the ID of the eval to list after
 * @param limit how many evals per page (the API's default is 20)
 * @param order the order by time ({@code asc} by default)
 * @param orderBy which time orders the list ({@code created_at} by default)
 */
public record EvalListParams(@Nullable String after, @Nullable Integer limit, @Nullable SortOrder order,
		@Nullable OrderBy orderBy) implements CursorParams<EvalListParams> {

	/** The API's default paging and order. */
	public static final EvalListParams DEFAULTS = new EvalListParams(null, null, null, null);

	/**
	 * Checks the limit.
	 */
	public EvalListParams {
		Validation.range("limit", limit, 1, Integer.MAX_VALUE);
	}

	@Override
	public EvalListParams withAfter(@Nullable String after) {
		return new EvalListParams(after, this.limit, this.order, this.orderBy);
	}

	/**
	 * Which time orders the list of evals.
	 */
	public enum OrderBy {

		/** The creation time. */
		CREATED_AT,

		/** The last update time. */
		UPDATED_AT

	}

}
