package dev.integrations.openai.responses;

import java.util.List;
import java.util.Locale;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.Poller;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import dev.integrations.openai.transport.SseEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;

/**
 * {@link ResponseService} over the shared executor.
 */
final class DefaultResponseService implements ResponseService {

	private static final ParameterizedTypeReference<ListResponse<ResponseItem>> ITEM_LIST = new ParameterizedTypeReference<>() {
	};

	private final ApiExecutor executor;

	private final JavaType eventType;

	private final boolean beta;

	DefaultResponseService(ApiExecutor executor) {
		this(executor, false);
	}

	private DefaultResponseService(ApiExecutor executor, boolean beta) {
		this.executor = executor;
		this.eventType = executor.javaType(ResponseStreamEvent.class);
		this.beta = beta;
	}

	@Override
	public ResponseService withOptions(RequestOptions options) {
		return new DefaultResponseService(this.executor.withOptions(options), this.beta);
	}

	@Override
	public ResponseService beta(String... features) {
		RequestOptions.Builder options = RequestOptions.builder();
		if (!this.beta) {
			options.queryParam("beta", "true");
		}
		if (features.length > 0) {
			options.header("OpenAI-Beta", String.join(",", features));
		}
		return new DefaultResponseService(this.executor.withOptions(options.build()), true);
	}

	@Override
	public Response create(ResponseRequest request) {
		return this.executor.blocking(createRequest(request, false), Response.class);
	}

	@Override
	public Mono<Response> createAsync(ResponseRequest request) {
		return this.executor.mono(() -> createRequest(request, false), Response.class);
	}

	@Override
	public BlockingStream<ResponseStreamEvent> stream(ResponseRequest request) {
		ApiRequest built = createRequest(request, true);
		return BlockingStream.of(this.executor.stream(() -> built, this::decode));
	}

	@Override
	public Flux<ResponseStreamEvent> streamAsync(ResponseRequest request) {
		return this.executor.stream(() -> createRequest(request, true), this::decode);
	}

	@Override
	public Response retrieve(String responseId) {
		return retrieve(responseId, List.of());
	}

	@Override
	public Response retrieve(String responseId, List<String> include) {
		return this.executor.blocking(retrieveRequest(responseId, include), Response.class);
	}

	@Override
	public Mono<Response> retrieveAsync(String responseId, List<String> include) {
		return this.executor.mono(() -> retrieveRequest(responseId, include), Response.class);
	}

	@Override
	public BlockingStream<ResponseStreamEvent> resumeStream(String responseId, @Nullable Long startingAfter) {
		ApiRequest built = resumeRequest(responseId, startingAfter);
		return BlockingStream.of(this.executor.stream(() -> built, this::decode));
	}

	@Override
	public Flux<ResponseStreamEvent> resumeStreamAsync(String responseId, @Nullable Long startingAfter) {
		return this.executor.stream(() -> resumeRequest(responseId, startingAfter), this::decode);
	}

	@Override
	public DeletionStatus delete(String responseId) {
		return this.executor.blocking(deleteRequest(responseId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String responseId) {
		return this.executor.mono(() -> deleteRequest(responseId), DeletionStatus.class);
	}

	@Override
	public Response cancel(String responseId) {
		return this.executor.blocking(cancelRequest(responseId), Response.class);
	}

	@Override
	public Mono<Response> cancelAsync(String responseId) {
		return this.executor.mono(() -> cancelRequest(responseId), Response.class);
	}

	@Override
	public ListResponse<ResponseItem> listInputItems(String responseId, InputItemListParams params) {
		return this.executor.blocking(inputItemsRequest(responseId, params), ITEM_LIST);
	}

	@Override
	public Mono<ListResponse<ResponseItem>> listInputItemsAsync(String responseId, InputItemListParams params) {
		return this.executor.mono(() -> inputItemsRequest(responseId, params), ITEM_LIST);
	}

	@Override
	public CursorPager<ResponseItem> listInputItemsAutoPaging(String responseId, InputItemListParams params) {
		return CursorPager.of(params, (page) -> listInputItemsAsync(responseId, page), DefaultResponseService::idOf);
	}

	@Override
	public InputTokenCount countInputTokens(InputTokensRequest request) {
		return this.executor.blocking(inputTokensRequest(request), InputTokenCount.class);
	}

	@Override
	public Mono<InputTokenCount> countInputTokensAsync(InputTokensRequest request) {
		return this.executor.mono(() -> inputTokensRequest(request), InputTokenCount.class);
	}

	@Override
	public CompactedResponse compact(CompactRequest request) {
		return this.executor.blocking(compactRequest(request), CompactedResponse.class);
	}

	@Override
	public Mono<CompactedResponse> compactAsync(CompactRequest request) {
		return this.executor.mono(() -> compactRequest(request), CompactedResponse.class);
	}

	@Override
	public Response awaitCompletion(String responseId, Poller poller) {
		Validation.notBlank("response_id", responseId);
		return poll(retrieveAsync(responseId, List.of()), poller).block();
	}

	@Override
	public Mono<Response> awaitCompletionAsync(String responseId, Poller poller) {
		return Mono.defer(() -> poll(retrieveAsync(Validation.notBlank("response_id", responseId), List.of()), poller));
	}

	@Override
	public Response createAndAwait(ResponseRequest request, Poller poller) {
		Validation.required("poller", poller);
		Response created = create(inBackground(request));
		return created.status().isTerminal() ? created : awaitCompletion(created.id(), poller);
	}

	@Override
	public Mono<Response> createAndAwaitAsync(ResponseRequest request, Poller poller) {
		return Mono.defer(() -> createAsync(inBackground(request)))
			.flatMap((created) -> created.status().isTerminal() ? Mono.just(created)
					: awaitCompletionAsync(created.id(), poller));
	}

	private Mono<Response> poll(Mono<Response> first, Poller poller) {
		Validation.required("poller", poller);
		return poller.poll(first, (last) -> retrieveAsync(last.id(), List.of()),
				(response) -> response.status().isTerminal(), (response) -> "response " + response.id()
						+ " is still " + response.status().name().toLowerCase(Locale.ROOT));
	}

	private ResponseStreamEvent decode(SseEvent event) {
		return this.executor.decodeEvent(event.data(), this.eventType);
	}

	private static String idOf(ResponseItem item) {
		return Validation.required("id", item.id());
	}

	private static ResponseRequest inBackground(ResponseRequest request) {
		return request.toBuilder().background(true).build();
	}

	private ApiRequest createRequest(ResponseRequest request, boolean streaming) {
		if (request.multiAgent() != null && !this.beta) {
			throw new OpenAIValidationException("multi_agent",
					"multi_agent is a beta field: send the request with responses().beta(\"responses_multi_agent=v1\")");
		}
		return ApiRequest.post("/responses")
			.operation("responses.create")
			.model(request.model())
			.jsonBody(request.withStream(streaming))
			.build();
	}

	private static ApiRequest retrieveRequest(String responseId, List<String> include) {
		ApiRequest.Builder builder = ApiRequest.get("/responses/{response_id}", responseId)
			.operation("responses.retrieve");
		include.forEach((value) -> builder.query("include[]", value));
		return builder.build();
	}

	private static ApiRequest resumeRequest(String responseId, @Nullable Long startingAfter) {
		return ApiRequest.get("/responses/{response_id}", responseId)
			.operation("responses.retrieve")
			.query("stream", true)
			.query("starting_after", startingAfter)
			.build();
	}

	private static ApiRequest deleteRequest(String responseId) {
		return ApiRequest.delete("/responses/{response_id}", responseId).operation("responses.delete").build();
	}

	private static ApiRequest cancelRequest(String responseId) {
		return ApiRequest.post("/responses/{response_id}/cancel", responseId).operation("responses.cancel").build();
	}

	private static ApiRequest inputItemsRequest(String responseId, InputItemListParams params) {
		Validation.required("params", params);
		return params.applyTo(ApiRequest.get("/responses/{response_id}/input_items", responseId))
			.operation("responses.input_items.list")
			.build();
	}

	private static ApiRequest inputTokensRequest(InputTokensRequest request) {
		return ApiRequest.post("/responses/input_tokens")
			.operation("responses.input_tokens.count")
			.model(request.model())
			.jsonBody(request)
			.build();
	}

	private static ApiRequest compactRequest(CompactRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/responses/compact")
			.operation("responses.compact")
			.model(request.model())
			.jsonBody(request)
			.build();
	}

}
