package dev.integrations.openai.evals;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * The output items of an eval run ({@code /evals/{eval_id}/runs/{run_id}/output_items}): one per data source row,
 * with the model's sample and each grader's result. Thread-safe; get it from {@link EvalRunService#outputItems()}.
 */
public interface EvalOutputItemService extends OpenAIService<EvalOutputItemService> {

	/**
	 * Retrieves an output item ({@code GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}}).
	 * @param evalId the eval ID
	 * @param runId the run ID
	 * @param outputItemId the output item ID
	 * @return the output item
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such item
	 */
	EvalOutputItem retrieve(String evalId, String runId, String outputItemId);

	/** {@link #retrieve(String, String, String)} as a lazy {@link Mono}. */
	Mono<EvalOutputItem> retrieveAsync(String evalId, String runId, String outputItemId);

	/**
	 * Lists one page of a run's output items ({@code GET /evals/{eval_id}/runs/{run_id}/output_items}).
	 * @param evalId the eval ID
	 * @param runId the run ID
	 * @param params the page size, the order, the ID of the item to start after and a pass/fail filter
	 * @return the page
	 */
	ListResponse<EvalOutputItem> list(String evalId, String runId, EvalOutputItemListParams params);

	/** {@link #list(String, String, EvalOutputItemListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<EvalOutputItem>> listAsync(String evalId, String runId, EvalOutputItemListParams params);

	/**
	 * Walks every output item of a run, fetching pages as they are consumed
	 * ({@code GET /evals/{eval_id}/runs/{run_id}/output_items}).
	 * @param evalId the eval ID
	 * @param runId the run ID
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<EvalOutputItem> listAutoPaging(String evalId, String runId, EvalOutputItemListParams params);

	/**
	 * Walks every output item of a run with the API's default page size and order, fetching pages lazily.
	 * @param evalId the eval ID
	 * @param runId the run ID
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<EvalOutputItem> listAutoPaging(String evalId, String runId) {
		return listAutoPaging(evalId, runId, EvalOutputItemListParams.DEFAULTS);
	}

}
