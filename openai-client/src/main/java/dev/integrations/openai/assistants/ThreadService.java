package dev.integrations.openai.assistants;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.OpenAIService;
import dev.integrations.openai.common.Poller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The threads of the Assistants API ({@code /threads}), with their {@link #messages()} and {@link #runs()};
 * every request carries {@code OpenAI-Beta: assistants=v2}. Thread-safe; get it from
 * {@link dev.integrations.openai.client.OpenAIClient#threads()}.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API; migrate to
 * {@code OpenAIClient.responses()}
 */
@Deprecated
public interface ThreadService extends OpenAIService<ThreadService> {

	/**
	 * Creates a thread ({@code POST /threads}).
	 * @param request the initial messages, tool resources and metadata; {@link ThreadRequest#EMPTY} for none
	 * @return the thread
	 */
	AssistantThread create(ThreadRequest request);

	/** {@link #create(ThreadRequest)} as a lazy {@link Mono}. */
	Mono<AssistantThread> createAsync(ThreadRequest request);

	/**
	 * Retrieves a thread ({@code GET /threads/{thread_id}}).
	 * @param threadId the thread ID
	 * @return the thread
	 */
	AssistantThread retrieve(String threadId);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<AssistantThread> retrieveAsync(String threadId);

	/**
	 * Modifies a thread's tool resources and metadata ({@code POST /threads/{thread_id}}).
	 * @param threadId the thread ID
	 * @param request the changes; {@code messages} must not be set
	 * @return the modified thread
	 */
	AssistantThread modify(String threadId, ThreadRequest request);

	/** {@link #modify(String, ThreadRequest)} as a lazy {@link Mono}. */
	Mono<AssistantThread> modifyAsync(String threadId, ThreadRequest request);

	/**
	 * Deletes a thread ({@code DELETE /threads/{thread_id}}).
	 * @param threadId the thread ID
	 * @return the deletion status, object {@code thread.deleted}
	 */
	DeletionStatus delete(String threadId);

	/** {@link #delete(String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String threadId);

	/**
	 * Creates a thread and runs it in one request ({@code POST /threads/runs}).
	 * @param request the thread and the run
	 * @return the run
	 */
	Run createAndRun(ThreadRunRequest request);

	/** {@link #createAndRun(ThreadRunRequest)} as a lazy {@link Mono}. */
	Mono<Run> createAndRunAsync(ThreadRunRequest request);

	/**
	 * Creates a thread and streams the run's events ({@code POST /threads/runs} with {@code stream: true}); the
	 * first event is {@code thread.created}.
	 * @param request the thread and the run
	 * @return the events; close the stream to stop early
	 */
	BlockingStream<AssistantStreamEvent> createAndRunStream(ThreadRunRequest request);

	/**
	 * Creates a thread and streams the run's events ({@code POST /threads/runs} with {@code stream: true}).
	 * @param request the thread and the run
	 * @return the events
	 */
	Flux<AssistantStreamEvent> createAndRunStreamAsync(ThreadRunRequest request);

	/**
	 * Creates a thread and runs it, then polls the run until it ends or requires action.
	 * @param request the thread and the run
	 * @param poller interval, timeout, clock and sleeper of the polling
	 * @return the run in a terminal status or {@code requires_action}
	 */
	Run createAndRunAndPoll(ThreadRunRequest request, Poller poller);

	/** {@link #createAndRunAndPoll(ThreadRunRequest, Poller)} as a lazy {@link Mono}. */
	Mono<Run> createAndRunAndPollAsync(ThreadRunRequest request, Poller poller);

	/** @return the messages of threads */
	MessageService messages();

	/** @return the runs of threads */
	RunService runs();

}
