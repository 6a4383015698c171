package dev.integrations.openai.assistants;

import java.util.Map;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/**
 * {@link MessageService} over the shared executor.
 */
@Deprecated
final class DefaultMessageService implements MessageService {

	private static final ParameterizedTypeReference<ListResponse<Message>> MESSAGE_LIST = new ParameterizedTypeReference<>() {
	};

	private static final String MESSAGE_PATH = "/threads/{thread_id}/messages/{message_id}";

	private final ApiExecutor executor;

	DefaultMessageService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public MessageService withOptions(RequestOptions options) {
		return new DefaultMessageService(this.executor.withOptions(options));
	}

	@Override
	public Message create(String threadId, MessageRequest request) {
		return this.executor.blocking(createRequest(threadId, request), Message.class);
	}

	@Override
	public Mono<Message> createAsync(String threadId, MessageRequest request) {
		return this.executor.mono(() -> createRequest(threadId, request), Message.class);
	}

	@Override
	public ListResponse<Message> list(String threadId, MessageListParams params) {
		return this.executor.blocking(listRequest(threadId, params), MESSAGE_LIST);
	}

	@Override
	public Mono<ListResponse<Message>> listAsync(String threadId, MessageListParams params) {
		return this.executor.mono(() -> listRequest(threadId, params), MESSAGE_LIST);
	}

	@Override
	public CursorPager<Message> listAutoPaging(String threadId, MessageListParams params) {
		return CursorPager.of(params, (page) -> listAsync(threadId, page), Message::id);
	}

	@Override
	public Message retrieve(String threadId, String messageId) {
		return this.executor.blocking(retrieveRequest(threadId, messageId), Message.class);
	}

	@Override
	public Mono<Message> retrieveAsync(String threadId, String messageId) {
		return this.executor.mono(() -> retrieveRequest(threadId, messageId), Message.class);
	}

	@Override
	public Message modify(String threadId, String messageId, Map<String, String> metadata) {
		return this.executor.blocking(modifyRequest(threadId, messageId, metadata), Message.class);
	}

	@Override
	public Mono<Message> modifyAsync(String threadId, String messageId, Map<String, String> metadata) {
		return this.executor.mono(() -> modifyRequest(threadId, messageId, metadata), Message.class);
	}

	@Override
	public DeletionStatus delete(String threadId, String messageId) {
		return this.executor.blocking(deleteRequest(threadId, messageId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String threadId, String messageId) {
		return this.executor.mono(() -> deleteRequest(threadId, messageId), DeletionStatus.class);
	}

	private static ApiRequest createRequest(String threadId, MessageRequest request) {
		Validation.required("request", request);
		return AssistantsApi.beta(ApiRequest.post("/threads/{thread_id}/messages", threadId))
			.operation("threads.messages.create")
			.jsonBody(request)
			.build();
	}

	private static ApiRequest listRequest(String threadId, MessageListParams params) {
		Validation.required("params", params);
		return params.page()
			.applyTo(AssistantsApi.beta(ApiRequest.get("/threads/{thread_id}/messages", threadId)))
			.query("run_id", params.runId())
			.operation("threads.messages.list")
			.build();
	}

	private static ApiRequest retrieveRequest(String threadId, String messageId) {
		return AssistantsApi.beta(ApiRequest.get(MESSAGE_PATH, threadId, messageId))
			.operation("threads.messages.retrieve")
			.build();
	}

	private static ApiRequest modifyRequest(String threadId, String messageId, Map<String, String> metadata) {
		return AssistantsApi.beta(ApiRequest.post(MESSAGE_PATH, threadId, messageId))
			.operation("threads.messages.modify")
			.jsonBody(new MetadataBody(metadata))
			.build();
	}

	private static ApiRequest deleteRequest(String threadId, String messageId) {
		return AssistantsApi.beta(ApiRequest.delete(MESSAGE_PATH, threadId, messageId))
			.operation("threads.messages.delete")
			.build();
	}

}
