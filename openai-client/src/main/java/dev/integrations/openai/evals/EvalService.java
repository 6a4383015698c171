package dev.integrations.openai.evals;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * The Evals API ({@code /evals}): create an eval (a {@link DataSourceConfig} and testing criteria, the
 * {@link dev.integrations.openai.finetuning.Grader}s), then start {@link #runs()} of it on models or data and read
 * their output items.
 * <p>
 * Blocking methods run on the caller's thread; {@code Async} methods return a lazy {@link Mono} that calls on
 * subscription. Thread-safe; get it from {@link dev.integrations.openai.client.OpenAIClient#evals()}.
 */
public interface EvalService extends OpenAIService<EvalService> {

	/**
	 * Creates an eval ({@code POST /evals}).
	 * @param request the data source config and the testing criteria
	 * @return the eval
	 * @throws dev.integrations.openai.errors.OpenAIValidationException before the network, naming the wire field
	 */
	Eval create(EvalRequest request);

	/** {@link #create(EvalRequest)} as a lazy {@link Mono}. */
	Mono<Eval> createAsync(EvalRequest request);

	/**
	 * Retrieves an eval ({@code GET /evals/{eval_id}}).
	 * @param evalId the eval ID
	 * @return the eval
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such eval
	 */
	Eval retrieve(String evalId);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<Eval> retrieveAsync(String evalId);

	/**
	 * Renames an eval or replaces its metadata ({@code POST /evals/{eval_id}}).
	 * @param evalId the eval ID
	 * @param request the new name and metadata
	 * @return the updated eval
	 */
	Eval update(String evalId, EvalUpdateRequest request);

	/** {@link #update(String, EvalUpdateRequest)} as a lazy {@link Mono}. */
	Mono<Eval> updateAsync(String evalId, EvalUpdateRequest request);

	/**
	 * Deletes an eval ({@code DELETE /evals/{eval_id}}).
	 * @param evalId the eval ID
	 * @return the deletion status
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such eval
	 */
	EvalDeletion delete(String evalId);

	/** {@link #delete(String)} as a lazy {@link Mono}. */
	Mono<EvalDeletion> deleteAsync(String evalId);

	/**
	 * Lists one page of the project's evals ({@code GET /evals}).
	 * @param params the page size, the order and the ID of the eval to start after
	 * @return the page
	 */
	ListResponse<Eval> list(EvalListParams params);

	/** {@link #list(EvalListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<Eval>> listAsync(EvalListParams params);

	/**
	 * Walks every eval, fetching pages as they are consumed ({@code GET /evals}).
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<Eval> listAutoPaging(EvalListParams params);

	/**
	 * Walks every eval with the API's default page size and order, fetching pages lazily.
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<Eval> listAutoPaging() {
		return listAutoPaging(EvalListParams.DEFAULTS);
	}

	/** @return the runs of evals and their output items ({@code /evals/{eval_id}/runs}) */
	EvalRunService runs();

}
