package dev.integrations.openai.assistants;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.Poller;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link ThreadService} over the shared executor.
 */
@Deprecated
final class DefaultThreadService implements ThreadService {

	private final ApiExecutor executor;

	private final AssistantStreamDecoder decoder;

	private final MessageService messages;

	private final RunService runs;

	DefaultThreadService(ApiExecutor executor) {
		this.executor = executor;
		this.decoder = new AssistantStreamDecoder(executor);
		this.messages = new DefaultMessageService(executor);
		this.runs = new DefaultRunService(executor);
	}

	@Override
	public ThreadService withOptions(RequestOptions options) {
		return new DefaultThreadService(this.executor.withOptions(options));
	}

	@Override
	public AssistantThread create(ThreadRequest request) {
		return this.executor.blocking(createRequest(request), AssistantThread.class);
	}

	@Override
	public Mono<AssistantThread> createAsync(ThreadRequest request) {
		return this.executor.mono(() -> createRequest(request), AssistantThread.class);
	}

	@Override
	public AssistantThread retrieve(String threadId) {
		return this.executor.blocking(retrieveRequest(threadId), AssistantThread.class);
	}

	@Override
	public Mono<AssistantThread> retrieveAsync(String threadId) {
		return this.executor.mono(() -> retrieveRequest(threadId), AssistantThread.class);
	}

	@Override
	public AssistantThread modify(String threadId, ThreadRequest request) {
		return this.executor.blocking(modifyRequest(threadId, request), AssistantThread.class);
	}

	@Override
	public Mono<AssistantThread> modifyAsync(String threadId, ThreadRequest request) {
		return this.executor.mono(() -> modifyRequest(threadId, request), AssistantThread.class);
	}

	@Override
	public DeletionStatus delete(String threadId) {
		return this.executor.blocking(deleteRequest(threadId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String threadId) {
		return this.executor.mono(() -> deleteRequest(threadId), DeletionStatus.class);
	}

	@Override
	public Run createAndRun(ThreadRunRequest request) {
		return this.executor.blocking(createAndRunRequest(request, false), Run.class);
	}

	@Override
	public Mono<Run> createAndRunAsync(ThreadRunRequest request) {
		return this.executor.mono(() -> createAndRunRequest(request, false), Run.class);
	}

	@Override
	public BlockingStream<AssistantStreamEvent> createAndRunStream(ThreadRunRequest request) {
		ApiRequest built = createAndRunRequest(request, true);
		return BlockingStream.of(this.executor.stream(() -> built, this.decoder));
	}

	@Override
	public Flux<AssistantStreamEvent> createAndRunStreamAsync(ThreadRunRequest request) {
		return this.executor.stream(() -> createAndRunRequest(request, true), this.decoder);
	}

	@Override
	public Run createAndRunAndPoll(ThreadRunRequest request, Poller poller) {
		return this.runs.poll(createAndRun(request), poller);
	}

	@Override
	public Mono<Run> createAndRunAndPollAsync(ThreadRunRequest request, Poller poller) {
		return createAndRunAsync(request).flatMap((run) -> this.runs.pollAsync(run, poller));
	}

	@Override
	public MessageService messages() {
		return this.messages;
	}

	@Override
	public RunService runs() {
		return this.runs;
	}

	private static ApiRequest createRequest(ThreadRequest request) {
		Validation.required("request", request);
		return AssistantsApi.beta(ApiRequest.post("/threads")).operation("threads.create").jsonBody(request).build();
	}

	private static ApiRequest retrieveRequest(String threadId) {
		return AssistantsApi.beta(ApiRequest.get("/threads/{thread_id}", threadId))
			.operation("threads.retrieve")
			.build();
	}

	private static ApiRequest modifyRequest(String threadId, ThreadRequest request) {
		Validation.required("request", request);
		if (request.messages() != null) {
			throw new OpenAIValidationException("messages", "messages cannot be modified; create messages instead");
		}
		return AssistantsApi.beta(ApiRequest.post("/threads/{thread_id}", threadId))
			.operation("threads.modify")
			.jsonBody(request)
			.build();
	}

	private static ApiRequest deleteRequest(String threadId) {
		return AssistantsApi.beta(ApiRequest.delete("/threads/{thread_id}", threadId))
			.operation("threads.delete")
			.build();
	}

	private static ApiRequest createAndRunRequest(ThreadRunRequest request, boolean stream) {
		Validation.required("request", request);
		return AssistantsApi.beta(ApiRequest.post("/threads/runs"))
			.operation("threads.runs.create_and_run")
			.model(request.run().model())
			.jsonBody(stream ? request.streaming() : request)
			.build();
	}

}
