package dev.integrations.openai.conversations;

import java.util.List;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.responses.InputItemListParams;
import dev.integrations.openai.responses.ResponseItem;
import dev.integrations.openai.transport.ApiRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/**
 * {@link ConversationService} over the shared executor.
 */
final class DefaultConversationService implements ConversationService {

	private static final ParameterizedTypeReference<ListResponse<ResponseItem>> ITEM_LIST = new ParameterizedTypeReference<>() {
	};

	private static final String CONVERSATION = "/conversations/{conversation_id}";

	private static final String ITEMS = CONVERSATION + "/items";

	private static final String ITEM = ITEMS + "/{item_id}";

	private final ApiExecutor executor;

	DefaultConversationService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public ConversationService withOptions(RequestOptions options) {
		return new DefaultConversationService(this.executor.withOptions(options));
	}

	@Override
	public Conversation create(ConversationCreateRequest request) {
		return this.executor.blocking(createRequest(request), Conversation.class);
	}

	@Override
	public Mono<Conversation> createAsync(ConversationCreateRequest request) {
		return this.executor.mono(() -> createRequest(request), Conversation.class);
	}

	@Override
	public Conversation retrieve(String conversationId) {
		return this.executor.blocking(retrieveRequest(conversationId), Conversation.class);
	}

	@Override
	public Mono<Conversation> retrieveAsync(String conversationId) {
		return this.executor.mono(() -> retrieveRequest(conversationId), Conversation.class);
	}

	@Override
	public Conversation update(String conversationId, ConversationUpdateRequest request) {
		return this.executor.blocking(updateRequest(conversationId, request), Conversation.class);
	}

	@Override
	public Mono<Conversation> updateAsync(String conversationId, ConversationUpdateRequest request) {
		return this.executor.mono(() -> updateRequest(conversationId, request), Conversation.class);
	}

	@Override
	public DeletionStatus delete(String conversationId) {
		return this.executor.blocking(deleteRequest(conversationId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String conversationId) {
		return this.executor.mono(() -> deleteRequest(conversationId), DeletionStatus.class);
	}

	@Override
	public ListResponse<ResponseItem> listItems(String conversationId, InputItemListParams params) {
		return this.executor.blocking(listItemsRequest(conversationId, params), ITEM_LIST);
	}

	@Override
	public Mono<ListResponse<ResponseItem>> listItemsAsync(String conversationId, InputItemListParams params) {
		return this.executor.mono(() -> listItemsRequest(conversationId, params), ITEM_LIST);
	}

	@Override
	public CursorPager<ResponseItem> listItemsAutoPaging(String conversationId, InputItemListParams params) {
		Validation.required("params", params);
		return CursorPager.of(params, (page) -> listItemsAsync(conversationId, page),
				(item) -> Validation.required("id", item.id()));
	}

	@Override
	public ListResponse<ResponseItem> createItems(String conversationId, ConversationItemsRequest request) {
		return this.executor.blocking(createItemsRequest(conversationId, request), ITEM_LIST);
	}

	@Override
	public Mono<ListResponse<ResponseItem>> createItemsAsync(String conversationId,
			ConversationItemsRequest request) {
		return this.executor.mono(() -> createItemsRequest(conversationId, request), ITEM_LIST);
	}

	@Override
	public ResponseItem retrieveItem(String conversationId, String itemId, List<String> include) {
		return this.executor.blocking(retrieveItemRequest(conversationId, itemId, include), ResponseItem.class);
	}

	@Override
	public Mono<ResponseItem> retrieveItemAsync(String conversationId, String itemId, List<String> include) {
		return this.executor.mono(() -> retrieveItemRequest(conversationId, itemId, include), ResponseItem.class);
	}

	@Override
	public Conversation deleteItem(String conversationId, String itemId) {
		return this.executor.blocking(deleteItemRequest(conversationId, itemId), Conversation.class);
	}

	@Override
	public Mono<Conversation> deleteItemAsync(String conversationId, String itemId) {
		return this.executor.mono(() -> deleteItemRequest(conversationId, itemId), Conversation.class);
	}

	private static ApiRequest createRequest(ConversationCreateRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/conversations").operation("conversations.create").jsonBody(request).build();
	}

	private static ApiRequest retrieveRequest(String conversationId) {
		return ApiRequest.get(CONVERSATION, conversationId).operation("conversations.retrieve").build();
	}

	private static ApiRequest updateRequest(String conversationId, ConversationUpdateRequest request) {
		Validation.required("request", request);
		return ApiRequest.post(CONVERSATION, conversationId)
			.operation("conversations.update")
			.jsonBody(request)
			.build();
	}

	private static ApiRequest deleteRequest(String conversationId) {
		return ApiRequest.delete(CONVERSATION, conversationId).operation("conversations.delete").build();
	}

	private static ApiRequest listItemsRequest(String conversationId, InputItemListParams params) {
		Validation.required("params", params);
		ApiRequest.Builder builder = ApiRequest.get(ITEMS, conversationId).operation("conversations.items.list");
		params.page().applyTo(builder);
		return include(builder, params.include()).build();
	}

	private static ApiRequest createItemsRequest(String conversationId, ConversationItemsRequest request) {
		Validation.required("request", request);
		ApiRequest.Builder builder = ApiRequest.post(ITEMS, conversationId)
			.operation("conversations.items.create")
			.jsonBody(request);
		return include(builder, request.include()).build();
	}

	private static ApiRequest retrieveItemRequest(String conversationId, String itemId, List<String> include) {
		Validation.required("include", include);
		ApiRequest.Builder builder = ApiRequest.get(ITEM, conversationId, itemId)
			.operation("conversations.items.retrieve");
		return include(builder, include).build();
	}

	private static ApiRequest deleteItemRequest(String conversationId, String itemId) {
		return ApiRequest.delete(ITEM, conversationId, itemId).operation("conversations.items.delete").build();
	}

	private static ApiRequest.Builder include(ApiRequest.Builder builder, @Nullable List<String> include) {
		if (include != null) {
			include.forEach((value) -> builder.query("include[]", value));
		}
		return builder;
	}

}
