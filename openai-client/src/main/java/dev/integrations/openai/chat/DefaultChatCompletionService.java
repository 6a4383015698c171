package dev.integrations.openai.chat;

import java.util.Map;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link ChatCompletionService} over the shared executor.
 */
final class DefaultChatCompletionService implements ChatCompletionService {

	private static final ParameterizedTypeReference<ListResponse<ChatCompletion>> COMPLETION_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ListResponse<StoredChatMessage>> MESSAGE_LIST = new ParameterizedTypeReference<>() {
	};

	private final ApiExecutor executor;

	DefaultChatCompletionService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public ChatCompletionService withOptions(RequestOptions options) {
		return new DefaultChatCompletionService(this.executor.withOptions(options));
	}

	@Override
	public ChatCompletion create(ChatCompletionRequest request) {
		return this.executor.blocking(createRequest(request, false), ChatCompletion.class);
	}

	@Override
	public Mono<ChatCompletion> createAsync(ChatCompletionRequest request) {
		return this.executor.mono(() -> createRequest(request, false), ChatCompletion.class);
	}

	@Override
	public Flux<ChatCompletionChunk> streamAsync(ChatCompletionRequest request) {
		return this.executor.stream(() -> createRequest(request, true), ChatCompletionChunk.class);
	}

	@Override
	public BlockingStream<ChatCompletionChunk> stream(ChatCompletionRequest request) {
		return this.executor.blockingStream(createRequest(request, true), ChatCompletionChunk.class);
	}

	@Override
	public ListResponse<ChatCompletion> list(ChatCompletionListParams params) {
		return this.executor.blocking(listRequest(params), COMPLETION_LIST);
	}

	@Override
	public Mono<ListResponse<ChatCompletion>> listAsync(ChatCompletionListParams params) {
		return this.executor.mono(() -> listRequest(params), COMPLETION_LIST);
	}

	@Override
	public CursorPager<ChatCompletion> listAutoPaging(ChatCompletionListParams params) {
		return CursorPager.of(params, this::listAsync, ChatCompletion::id);
	}

	@Override
	public ChatCompletion retrieve(String completionId) {
		return this.executor.blocking(retrieveRequest(completionId), ChatCompletion.class);
	}

	@Override
	public Mono<ChatCompletion> retrieveAsync(String completionId) {
		return this.executor.mono(() -> retrieveRequest(completionId), ChatCompletion.class);
	}

	@Override
	public ChatCompletion update(String completionId, Map<String, String> metadata) {
		return this.executor.blocking(updateRequest(completionId, metadata), ChatCompletion.class);
	}

	@Override
	public Mono<ChatCompletion> updateAsync(String completionId, Map<String, String> metadata) {
		return this.executor.mono(() -> updateRequest(completionId, metadata), ChatCompletion.class);
	}

	@Override
	public DeletionStatus delete(String completionId) {
		return this.executor.blocking(deleteRequest(completionId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String completionId) {
		return this.executor.mono(() -> deleteRequest(completionId), DeletionStatus.class);
	}

	@Override
	public ListResponse<StoredChatMessage> listMessages(String completionId, ChatMessageListParams params) {
		return this.executor.blocking(listMessagesRequest(completionId, params), MESSAGE_LIST);
	}

	@Override
	public Mono<ListResponse<StoredChatMessage>> listMessagesAsync(String completionId, ChatMessageListParams params) {
		return this.executor.mono(() -> listMessagesRequest(completionId, params), MESSAGE_LIST);
	}

	@Override
	public CursorPager<StoredChatMessage> listMessagesAutoPaging(String completionId, ChatMessageListParams params) {
		return CursorPager.of(params, (page) -> listMessagesAsync(completionId, page), StoredChatMessage::id);
	}

	private static ApiRequest createRequest(ChatCompletionRequest request, boolean streaming) {
		Validation.required("request", request);
		return ApiRequest.post("/chat/completions")
			.operation("chat.completions.create")
			.model(request.model())
			.jsonBody(request.forStreaming(streaming))
			.build();
	}

	private static ApiRequest listRequest(ChatCompletionListParams params) {
		ApiRequest.Builder builder = ApiRequest.get("/chat/completions")
			.operation("chat.completions.list")
			.model(params.model())
			.query("after", params.after())
			.query("limit", params.limit())
			.query("order", wire(params.order()))
			.query("model", params.model());
		if (params.metadata() != null) {
			params.metadata().forEach((key, value) -> builder.query("metadata[" + key + "]", value));
		}
		return builder.build();
	}

	private static ApiRequest retrieveRequest(String completionId) {
		return ApiRequest.get("/chat/completions/{completion_id}", completionId)
			.operation("chat.completions.retrieve")
			.build();
	}

	private static ApiRequest updateRequest(String completionId, Map<String, String> metadata) {
		ChatCompletionUpdate body = new ChatCompletionUpdate(metadata);
		return ApiRequest.post("/chat/completions/{completion_id}", completionId)
			.operation("chat.completions.update")
			.jsonBody(body)
			.build();
	}

	private static ApiRequest deleteRequest(String completionId) {
		return ApiRequest.delete("/chat/completions/{completion_id}", completionId)
			.operation("chat.completions.delete")
			.build();
	}

	private static ApiRequest listMessagesRequest(String completionId, ChatMessageListParams params) {
		return ApiRequest.get("/chat/completions/{completion_id}/messages", completionId)
			.operation("chat.completions.messages.list")
			.query("after", params.after())
			.query("limit", params.limit())
			.query("order", wire(params.order()))
			.build();
	}

	private static @Nullable String wire(@Nullable SortOrder order) {
		return (order != null) ? order.wireValue() : null;
	}

}
