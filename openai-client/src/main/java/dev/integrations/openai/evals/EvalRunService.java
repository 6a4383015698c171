package dev.integrations.openai.evals;

import java.time.Duration;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import dev.integrations.openai.common.Poller;
import reactor.core.publisher.Mono;

/**
 * The runs of an eval ({@code /evals/{eval_id}/runs}) and their {@link #outputItems()}. Thread-safe; get it from
 * {@link EvalService#runs()}.
 */
public interface EvalRunService extends OpenAIService<EvalRunService> {

	/**
	 * Starts a run of an eval ({@code POST /evals/{eval_id}/runs}); the API checks the data source against the
	 * eval's data source config.
	 * @param evalId the eval ID
	 * @param request the data source and the name
	 * @return the run, usually {@code queued}
	 * @throws dev.integrations.openai.errors.BadRequestException if the data source does not fit the eval
	 */
	EvalRun create(String evalId, EvalRunRequest request);

	/** {@link #create(String, EvalRunRequest)} as a lazy {@link Mono}. */
	Mono<EvalRun> createAsync(String evalId, EvalRunRequest request);

	/**
	 * Retrieves a run ({@code GET /evals/{eval_id}/runs/{run_id}}).
	 * @param evalId the eval ID
	 * @param runId the run ID
	 * @return the run
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such run
	 */
	EvalRun retrieve(String evalId, String runId);

	/** {@link #retrieve(String, String)} as a lazy {@link Mono}. */
	Mono<EvalRun> retrieveAsync(String evalId, String runId);

	/**
	 * Cancels a run in progress ({@code POST /evals/{eval_id}/runs/{run_id}}).
	 * @param evalId the eval ID
	 * @param runId the run ID
	 * @return the run, {@code canceled}
	 */
	EvalRun cancel(String evalId, String runId);

	/** {@link #cancel(String, String)} as a lazy {@link Mono}. */
	Mono<EvalRun> cancelAsync(String evalId, String runId);

	/**
	 * Deletes a run ({@code DELETE /evals/{eval_id}/runs/{run_id}}).
	 * @param evalId the eval ID
	 * @param runId the run ID
	 * @return the deletion status
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such run
	 */
	EvalRunDeletion delete(String evalId, String runId);

	/** {@link #delete(String, String)} as a lazy {@link Mono}. */
	Mono<EvalRunDeletion> deleteAsync(String evalId, String runId);

	/**
	 * Lists one page of an eval's runs ({@code GET /evals/{eval_id}/runs}).
	 * @param evalId the eval ID
	 * @param params the page size, the order, the ID of the run to start after and a status filter
	 * @return the page
	 */
	ListResponse<EvalRun> list(String evalId, EvalRunListParams params);

	/** {@link #list(String, EvalRunListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<EvalRun>> listAsync(String evalId, EvalRunListParams params);

	/**
	 * Walks every run of an eval, fetching pages as they are consumed ({@code GET /evals/{eval_id}/runs}).
	 * @param evalId the eval ID
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<EvalRun> listAutoPaging(String evalId, EvalRunListParams params);

	/**
	 * Walks every run of an eval with the API's default page size and order, fetching pages lazily.
	 * @param evalId the eval ID
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<EvalRun> listAutoPaging(String evalId) {
		return listAutoPaging(evalId, EvalRunListParams.DEFAULTS);
	}

	/**
	 * Polls the run every five seconds until it is {@code completed}, {@code canceled} or {@code failed}.
	 * @param evalId the eval ID
	 * @param runId the run ID
	 * @param timeout how long to wait
	 * @return the run in its terminal status
	 * @throws dev.integrations.openai.errors.OpenAITimeoutException if the timeout passes first
	 */
	default EvalRun awaitCompletion(String evalId, String runId, Duration timeout) {
		return awaitCompletion(evalId, runId, Poller.of(Duration.ofSeconds(5), timeout));
	}

	/**
	 * Polls the run until it is {@code completed}, {@code canceled} or {@code failed}.
	 * @param evalId the eval ID
	 * @param runId the run ID
	 * @param poller the polling interval, timeout, clock and sleeper
	 * @return the run in its terminal status
	 * @throws dev.integrations.openai.errors.OpenAITimeoutException if the timeout passes first
	 */
	EvalRun awaitCompletion(String evalId, String runId, Poller poller);

	/** {@link #awaitCompletion(String, String, Duration)} as a lazy {@link Mono}. */
	default Mono<EvalRun> awaitCompletionAsync(String evalId, String runId, Duration timeout) {
		return awaitCompletionAsync(evalId, runId, Poller.of(Duration.ofSeconds(5), timeout));
	}

	/** {@link #awaitCompletion(String, String, Poller)} as a lazy {@link Mono}. */
	Mono<EvalRun> awaitCompletionAsync(String evalId, String runId, Poller poller);

	/** @return the output items of runs ({@code /evals/{eval_id}/runs/{run_id}/output_items}) */
	EvalOutputItemService outputItems();

}
