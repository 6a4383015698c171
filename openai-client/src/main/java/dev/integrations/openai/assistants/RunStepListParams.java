package dev.integrations.openai.assistants;

import java.util.List;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /threads/{thread_id}/runs/{run_id}/steps}: the shared cursor parameters and the additional
 * fields to include.
 *
 * @param page the page size (1 to 100, the API's default is 20), the order and the cursors
 * @param include additional fields, such as {@link RunStep#FILE_SEARCH_RESULT_CONTENT}, or {@code null}
 */
public record RunStepListParams(ListParams page, @Nullable List<String> include)
		implements CursorParams<RunStepListParams> {

	/** The API's defaults: no filter. */
	public static final RunStepListParams DEFAULTS = new RunStepListParams(ListParams.DEFAULTS, null);

	/**
	 * Checks the page and copies the includes.
	 */
	public RunStepListParams {
		Validation.required("page", page);
		include = (include != null) ? List.copyOf(include) : null;
	}

	/**
	 * The given page parameters, with no filter.
	 * @param page the page parameters
	 * @return the parameters
	 */
	public static RunStepListParams of(ListParams page) {
		return new RunStepListParams(page, null);
	}

	/**
	 * Returns a copy with the additional fields to include.
	 * @param include additional fields, such as {@link RunStep#FILE_SEARCH_RESULT_CONTENT}, or {@code null}
	 * @return the parameters
	 */
	public RunStepListParams withInclude(@Nullable List<String> include) {
		return new RunStepListParams(this.page, include);
	}

	@Override
	public @Nullable String after() {
		return this.page.after();
	}

	@Override
	public RunStepListParams withAfter(@Nullable String after) {
		return new RunStepListParams(this.page.withAfter(after), this.include);
	}

}
