package dev.integrations.openai.assistants;

import java.util.List;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * The steps of a run ({@code /threads/{thread_id}/runs/{run_id}/steps}); every request carries
 * {@code OpenAI-Beta: assistants=v2}. Get it from {@link RunService#steps()}.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API; migrate to
 * {@code OpenAIClient.responses()}
 */
@Deprecated
public interface RunStepService extends OpenAIService<RunStepService> {

	/**
	 * Lists one page of run steps ({@code GET /threads/{thread_id}/runs/{run_id}/steps}).
	 * @param threadId the thread ID
	 * @param runId the run ID
	 * @param params limit, order, after, before and the additional fields to include
	 * @return the page
	 */
	ListResponse<RunStep> list(String threadId, String runId, RunStepListParams params);

	/** {@link #list(String, String, RunStepListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<RunStep>> listAsync(String threadId, String runId, RunStepListParams params);

	/**
	 * Every step of a run, fetching pages lazily ({@code GET /threads/{thread_id}/runs/{run_id}/steps}).
	 * @param threadId the thread ID
	 * @param runId the run ID
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<RunStep> listAutoPaging(String threadId, String runId, RunStepListParams params);

	/**
	 * Walks every step of a run with the API's default page size and order, fetching pages lazily.
	 * @param threadId the thread ID
	 * @param runId the run ID
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<RunStep> listAutoPaging(String threadId, String runId) {
		return listAutoPaging(threadId, runId, RunStepListParams.DEFAULTS);
	}


	/**
	 * Retrieves a run step ({@code GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}}).
	 * @param threadId the thread ID
	 * @param runId the run ID
	 * @param stepId the step ID
	 * @param include additional fields, such as {@link RunStep#FILE_SEARCH_RESULT_CONTENT}; may be empty
	 * @return the step
	 */
	RunStep retrieve(String threadId, String runId, String stepId, List<String> include);

	/** {@link #retrieve(String, String, String, List)} as a lazy {@link Mono}. */
	Mono<RunStep> retrieveAsync(String threadId, String runId, String stepId, List<String> include);

}
