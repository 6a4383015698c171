package dev.integrations.openai.chatkit;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/**
 * {@link ChatKitThreadService} over the shared executor.
 */
final class DefaultChatKitThreadService implements ChatKitThreadService {

	private static final ParameterizedTypeReference<ListResponse<ChatKitThread>> THREAD_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ListResponse<ChatKitThreadItem>> ITEM_LIST = new ParameterizedTypeReference<>() {
	};

	private static final String THREAD = "/chatkit/threads/{thread_id}";

	private final ApiExecutor executor;

	DefaultChatKitThreadService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public ChatKitThreadService withOptions(RequestOptions options) {
		return new DefaultChatKitThreadService(this.executor.withOptions(options));
	}

	@Override
	public ListResponse<ChatKitThread> list(ChatKitThreadListParams params) {
		return this.executor.blocking(listRequest(params), THREAD_LIST);
	}

	@Override
	public Mono<ListResponse<ChatKitThread>> listAsync(ChatKitThreadListParams params) {
		return this.executor.mono(() -> listRequest(params), THREAD_LIST);
	}

	@Override
	public CursorPager<ChatKitThread> listAutoPaging(ChatKitThreadListParams params) {
		return CursorPager.of(params, this::listAsync, ChatKitThread::id);
	}

	@Override
	public ChatKitThread retrieve(String threadId) {
		return this.executor.blocking(retrieveRequest(threadId), ChatKitThread.class);
	}

	@Override
	public Mono<ChatKitThread> retrieveAsync(String threadId) {
		return this.executor.mono(() -> retrieveRequest(threadId), ChatKitThread.class);
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
	public ListResponse<ChatKitThreadItem> listItems(String threadId, ListParams params) {
		return this.executor.blocking(listItemsRequest(threadId, params), ITEM_LIST);
	}

	@Override
	public Mono<ListResponse<ChatKitThreadItem>> listItemsAsync(String threadId, ListParams params) {
		return this.executor.mono(() -> listItemsRequest(threadId, params), ITEM_LIST);
	}

	@Override
	public CursorPager<ChatKitThreadItem> listItemsAutoPaging(String threadId, ListParams params) {
		return CursorPager.of(params, (page) -> listItemsAsync(threadId, page), ChatKitThreadItem::id);
	}

	private static ApiRequest listRequest(ChatKitThreadListParams params) {
		Validation.required("params", params);
		ApiRequest.Builder request = DefaultChatKitService.beta(ApiRequest.get("/chatkit/threads"));
		return params.page().applyTo(request).query("user", params.user()).operation("chatkit.threads.list").build();
	}

	private static ApiRequest retrieveRequest(String threadId) {
		return DefaultChatKitService.beta(ApiRequest.get(THREAD, threadId))
			.operation("chatkit.threads.retrieve")
			.build();
	}

	private static ApiRequest deleteRequest(String threadId) {
		return DefaultChatKitService.beta(ApiRequest.delete(THREAD, threadId))
			.operation("chatkit.threads.delete")
			.build();
	}

	private static ApiRequest listItemsRequest(String threadId, ListParams params) {
		Validation.required("params", params);
		ApiRequest.Builder request = DefaultChatKitService.beta(ApiRequest.get(THREAD + "/items", threadId));
		return params.applyTo(request).operation("chatkit.threads.items.list").build();
	}

}
