package dev.integrations.openai.assistants;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import dev.integrations.openai.common.Poller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The runs of a thread ({@code /threads/{thread_id}/runs}); every request carries
 * {@code OpenAI-Beta: assistants=v2}. Runs can be awaited by polling ({@link #createAndPoll}) or streamed as
 * typed events ({@link #createStream}). Get it from {@link ThreadService#runs()}.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API; migrate to
 * {@code OpenAIClient.responses()}
 */
@Deprecated
public interface RunService extends OpenAIService<RunService> {

	/**
	 * Creates a run ({@code POST /threads/{thread_id}/runs}, with {@link RunRequest#include()} as
	 * {@code include[]}).
	 * @param threadId the thread ID
	 * @param request the run
	 * @return the run, typically {@code queued}
	 */
	Run create(String threadId, RunRequest request);

	/** {@link #create(String, RunRequest)} as a lazy {@link Mono}. */
	Mono<Run> createAsync(String threadId, RunRequest request);

	/**
	 * Creates a run and streams its events ({@code POST /threads/{thread_id}/runs} with {@code stream: true}).
	 * @param threadId the thread ID
	 * @param request the run
	 * @return the events, until the run ends or requires action; close the stream to stop early
	 */
	BlockingStream<AssistantStreamEvent> createStream(String threadId, RunRequest request);

	/**
	 * Creates a run and streams its events ({@code POST /threads/{thread_id}/runs} with {@code stream: true}).
	 * @param threadId the thread ID
	 * @param request the run
	 * @return the events, until the run ends or requires action
	 */
	Flux<AssistantStreamEvent> createStreamAsync(String threadId, RunRequest request);

	/**
	 * Creates a run, then polls it until it ends or requires action.
	 * @param threadId the thread ID
	 * @param request the run
	 * @param poller interval, timeout, clock and sleeper of the polling
	 * @return the run in a terminal status or {@code requires_action}
	 * @throws dev.integrations.openai.errors.OpenAITimeoutException if the timeout elapses first
	 */
	Run createAndPoll(String threadId, RunRequest request, Poller poller);

	/** {@link #createAndPoll(String, RunRequest, Poller)} as a lazy {@link Mono}. */
	Mono<Run> createAndPollAsync(String threadId, RunRequest request, Poller poller);

	/**
	 * Polls a run until it ends or requires action ({@code GET /threads/{thread_id}/runs/{run_id}} repeatedly).
	 * @param run the run as last seen
	 * @param poller interval, timeout, clock and sleeper of the polling
	 * @return the run in a terminal status or {@code requires_action}
	 * @throws dev.integrations.openai.errors.OpenAITimeoutException if the timeout elapses first
	 */
	Run poll(Run run, Poller poller);

	/** {@link #poll(Run, Poller)} as a lazy {@link Mono}. */
	Mono<Run> pollAsync(Run run, Poller poller);

	/**
	 * Lists one page of runs ({@code GET /threads/{thread_id}/runs}).
	 * @param threadId the thread ID
	 * @param params limit, order, after and before
	 * @return the page
	 */
	ListResponse<Run> list(String threadId, ListParams params);

	/** {@link #list(String, ListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<Run>> listAsync(String threadId, ListParams params);

	/**
	 * Every run of a thread, fetching pages lazily ({@code GET /threads/{thread_id}/runs}).
	 * @param threadId the thread ID
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<Run> listAutoPaging(String threadId, ListParams params);

	/**
	 * Walks every run of a thread with the API's default page size and order, fetching pages lazily.
	 * @param threadId the thread ID
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<Run> listAutoPaging(String threadId) {
		return listAutoPaging(threadId, ListParams.DEFAULTS);
	}


	/**
	 * Retrieves a run ({@code GET /threads/{thread_id}/runs/{run_id}}).
	 * @param threadId the thread ID
	 * @param runId the run ID
	 * @return the run
	 */
	Run retrieve(String threadId, String runId);

	/** {@link #retrieve(String, String)} as a lazy {@link Mono}. */
	Mono<Run> retrieveAsync(String threadId, String runId);

	/**
	 * Replaces a run's metadata ({@code POST /threads/{thread_id}/runs/{run_id}}).
	 * @param threadId the thread ID
	 * @param runId the run ID
	 * @param metadata up to 16 key-value pairs
	 * @return the modified run
	 */
	Run modify(String threadId, String runId, Map<String, String> metadata);

	/** {@link #modify(String, String, Map)} as a lazy {@link Mono}. */
	Mono<Run> modifyAsync(String threadId, String runId, Map<String, String> metadata);

	/**
	 * Cancels a run in progress ({@code POST /threads/{thread_id}/runs/{run_id}/cancel}).
	 * @param threadId the thread ID
	 * @param runId the run ID
	 * @return the run, typically {@code cancelling}
	 */
	Run cancel(String threadId, String runId);

	/** {@link #cancel(String, String)} as a lazy {@link Mono}. */
	Mono<Run> cancelAsync(String threadId, String runId);

	/**
	 * Submits the outputs of the function calls a run requires
	 * ({@code POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs}), all in one request.
	 * @param threadId the thread ID
	 * @param runId the run ID
	 * @param toolOutputs one output per required call
	 * @return the run, which continues
	 */
	Run submitToolOutputs(String threadId, String runId, List<ToolOutput> toolOutputs);

	/** {@link #submitToolOutputs(String, String, List)} as a lazy {@link Mono}. */
	Mono<Run> submitToolOutputsAsync(String threadId, String runId, List<ToolOutput> toolOutputs);

	/**
	 * Submits tool outputs and streams the continued run's events ({@code stream: true}).
	 * @param threadId the thread ID
	 * @param runId the run ID
	 * @param toolOutputs one output per required call
	 * @return the events; close the stream to stop early
	 */
	BlockingStream<AssistantStreamEvent> submitToolOutputsStream(String threadId, String runId,
			List<ToolOutput> toolOutputs);

	/**
	 * Submits tool outputs and streams the continued run's events ({@code stream: true}).
	 * @param threadId the thread ID
	 * @param runId the run ID
	 * @param toolOutputs one output per required call
	 * @return the events
	 */
	Flux<AssistantStreamEvent> submitToolOutputsStreamAsync(String threadId, String runId,
			List<ToolOutput> toolOutputs);

	/**
	 * Submits tool outputs, then polls the run until it ends or requires action again.
	 * @param threadId the thread ID
	 * @param runId the run ID
	 * @param toolOutputs one output per required call
	 * @param poller interval, timeout, clock and sleeper of the polling
	 * @return the run in a terminal status or {@code requires_action}
	 */
	Run submitToolOutputsAndPoll(String threadId, String runId, List<ToolOutput> toolOutputs, Poller poller);

	/** {@link #submitToolOutputsAndPoll(String, String, List, Poller)} as a lazy {@link Mono}. */
	Mono<Run> submitToolOutputsAndPollAsync(String threadId, String runId, List<ToolOutput> toolOutputs,
			Poller poller);

	/** @return the steps of runs */
	RunStepService steps();

}
