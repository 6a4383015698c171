package dev.integrations.openai.assistants;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.Poller;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link RunService} over the shared executor.
 */
@Deprecated
final class DefaultRunService implements RunService {

	private static final ParameterizedTypeReference<ListResponse<Run>> RUN_LIST = new ParameterizedTypeReference<>() {
	};

	private static final String RUN_PATH = "/threads/{thread_id}/runs/{run_id}";

	private final ApiExecutor executor;

	private final AssistantStreamDecoder decoder;

	private final RunStepService steps;

	DefaultRunService(ApiExecutor executor) {
		this.executor = executor;
		this.decoder = new AssistantStreamDecoder(executor);
		this.steps = new DefaultRunStepService(executor);
	}

	@Override
	public RunService withOptions(RequestOptions options) {
		return new DefaultRunService(this.executor.withOptions(options));
	}

	@Override
	public Run create(String threadId, RunRequest request) {
		return this.executor.blocking(createRequest(threadId, request, false), Run.class);
	}

	@Override
	public Mono<Run> createAsync(String threadId, RunRequest request) {
		return this.executor.mono(() -> createRequest(threadId, request, false), Run.class);
	}

	@Override
	public BlockingStream<AssistantStreamEvent> createStream(String threadId, RunRequest request) {
		ApiRequest built = createRequest(threadId, request, true);
		return BlockingStream.of(this.executor.stream(() -> built, this.decoder));
	}

	@Override
	public Flux<AssistantStreamEvent> createStreamAsync(String threadId, RunRequest request) {
		return this.executor.stream(() -> createRequest(threadId, request, true), this.decoder);
	}

	@Override
	public Run createAndPoll(String threadId, RunRequest request, Poller poller) {
		ApiRequest built = createRequest(threadId, request, false);
		Validation.required("poller", poller);
		return poll(this.executor.blocking(built, Run.class), poller);
	}

	@Override
	public Mono<Run> createAndPollAsync(String threadId, RunRequest request, Poller poller) {
		return pollAsync(createAsync(threadId, request), poller);
	}

	@Override
	public Run poll(Run run, Poller poller) {
		return pollAsync(run, poller).block();
	}

	@Override
	public Mono<Run> pollAsync(Run run, Poller poller) {
		return pollAsync(Mono.just(run), poller);
	}

	private Mono<Run> pollAsync(Mono<Run> first, Poller poller) {
		Validation.required("poller", poller);
		return poller.poll(first, (run) -> retrieveAsync(run.threadId(), run.id()), DefaultRunService::settled,
				(run) -> "run " + run.id() + " is still " + run.status().name().toLowerCase(Locale.ROOT));
	}

	private static boolean settled(Run run) {
		return run.status().isTerminal() || run.status() == RunStatus.REQUIRES_ACTION;
	}

	@Override
	public ListResponse<Run> list(String threadId, ListParams params) {
		return this.executor.blocking(listRequest(threadId, params), RUN_LIST);
	}

	@Override
	public Mono<ListResponse<Run>> listAsync(String threadId, ListParams params) {
		return this.executor.mono(() -> listRequest(threadId, params), RUN_LIST);
	}

	@Override
	public CursorPager<Run> listAutoPaging(String threadId, ListParams params) {
		return CursorPager.of(params, (page) -> listAsync(threadId, page), Run::id);
	}

	@Override
	public Run retrieve(String threadId, String runId) {
		return this.executor.blocking(retrieveRequest(threadId, runId), Run.class);
	}

	@Override
	public Mono<Run> retrieveAsync(String threadId, String runId) {
		return this.executor.mono(() -> retrieveRequest(threadId, runId), Run.class);
	}

	@Override
	public Run modify(String threadId, String runId, Map<String, String> metadata) {
		return this.executor.blocking(modifyRequest(threadId, runId, metadata), Run.class);
	}

	@Override
	public Mono<Run> modifyAsync(String threadId, String runId, Map<String, String> metadata) {
		return this.executor.mono(() -> modifyRequest(threadId, runId, metadata), Run.class);
	}

	@Override
	public Run cancel(String threadId, String runId) {
		return this.executor.blocking(cancelRequest(threadId, runId), Run.class);
	}

	@Override
	public Mono<Run> cancelAsync(String threadId, String runId) {
		return this.executor.mono(() -> cancelRequest(threadId, runId), Run.class);
	}

	@Override
	public Run submitToolOutputs(String threadId, String runId, List<ToolOutput> toolOutputs) {
		return this.executor.blocking(submitRequest(threadId, runId, toolOutputs, false), Run.class);
	}

	@Override
	public Mono<Run> submitToolOutputsAsync(String threadId, String runId, List<ToolOutput> toolOutputs) {
		return this.executor.mono(() -> submitRequest(threadId, runId, toolOutputs, false), Run.class);
	}

	@Override
	public BlockingStream<AssistantStreamEvent> submitToolOutputsStream(String threadId, String runId,
			List<ToolOutput> toolOutputs) {
		ApiRequest built = submitRequest(threadId, runId, toolOutputs, true);
		return BlockingStream.of(this.executor.stream(() -> built, this.decoder));
	}

	@Override
	public Flux<AssistantStreamEvent> submitToolOutputsStreamAsync(String threadId, String runId,
			List<ToolOutput> toolOutputs) {
		return this.executor.stream(() -> submitRequest(threadId, runId, toolOutputs, true), this.decoder);
	}

	@Override
	public Run submitToolOutputsAndPoll(String threadId, String runId, List<ToolOutput> toolOutputs,
			Poller poller) {
		ApiRequest built = submitRequest(threadId, runId, toolOutputs, false);
		Validation.required("poller", poller);
		return poll(this.executor.blocking(built, Run.class), poller);
	}

	@Override
	public Mono<Run> submitToolOutputsAndPollAsync(String threadId, String runId, List<ToolOutput> toolOutputs,
			Poller poller) {
		return pollAsync(submitToolOutputsAsync(threadId, runId, toolOutputs), poller);
	}

	@Override
	public RunStepService steps() {
		return this.steps;
	}

	private static ApiRequest createRequest(String threadId, RunRequest request, boolean stream) {
		Validation.required("request", request);
		RunRequest body = stream ? request.streaming() : request;
		ApiRequest.Builder builder = AssistantsApi.beta(ApiRequest.post("/threads/{thread_id}/runs", threadId));
		return AssistantsApi.include(builder, request.include())
			.operation("threads.runs.create")
			.model(request.model())
			.jsonBody(body)
			.build();
	}

	private static ApiRequest listRequest(String threadId, ListParams params) {
		Validation.required("params", params);
		return params.applyTo(AssistantsApi.beta(ApiRequest.get("/threads/{thread_id}/runs", threadId)))
			.operation("threads.runs.list")
			.build();
	}

	private static ApiRequest retrieveRequest(String threadId, String runId) {
		return AssistantsApi.beta(ApiRequest.get(RUN_PATH, threadId, runId)).operation("threads.runs.retrieve").build();
	}

	private static ApiRequest modifyRequest(String threadId, String runId, Map<String, String> metadata) {
		return AssistantsApi.beta(ApiRequest.post(RUN_PATH, threadId, runId))
			.operation("threads.runs.modify")
			.jsonBody(new MetadataBody(metadata))
			.build();
	}

	private static ApiRequest cancelRequest(String threadId, String runId) {
		return AssistantsApi.beta(ApiRequest.post(RUN_PATH + "/cancel", threadId, runId))
			.operation("threads.runs.cancel")
			.build();
	}

	private static ApiRequest submitRequest(String threadId, String runId, List<ToolOutput> toolOutputs,
			boolean stream) {
		Validation.notEmpty("tool_outputs", toolOutputs);
		return AssistantsApi.beta(ApiRequest.post(RUN_PATH + "/submit_tool_outputs", threadId, runId))
			.operation("threads.runs.submit_tool_outputs")
			.jsonBody(new SubmitToolOutputsBody(List.copyOf(toolOutputs), stream ? Boolean.TRUE : null))
			.build();
	}

}
