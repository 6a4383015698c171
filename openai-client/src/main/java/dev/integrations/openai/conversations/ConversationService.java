package dev.integrations.openai.conversations;

import java.util.List;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import dev.integrations.openai.responses.InputItemListParams;
import dev.integrations.openai.responses.ResponseItem;
import reactor.core.publisher.Mono;

/**
 * The Conversations API ({@code /conversations}): conversations that responses continue (set
 * {@code conversation} on a {@link dev.integrations.openai.responses.ResponseRequest}), and their items. Items are
 * the Responses API's {@link ResponseItem}s. Blocking methods run on the caller's thread; {@code Async} methods
 * return a lazy {@link Mono}. Thread-safe; get it from
 * {@link dev.integrations.openai.client.OpenAIClient#conversations()}.
 */
public interface ConversationService extends OpenAIService<ConversationService> {

	/**
	 * Creates a conversation, optionally with metadata and initial items ({@code POST /conversations}).
	 * @param request the request, {@link ConversationCreateRequest#EMPTY} for an empty conversation
	 * @return the conversation
	 */
	Conversation create(ConversationCreateRequest request);

	/** {@link #create(ConversationCreateRequest)} as a lazy {@link Mono}. */
	Mono<Conversation> createAsync(ConversationCreateRequest request);

	/**
	 * Retrieves a conversation ({@code GET /conversations/{conversation_id}}).
	 * @param conversationId the conversation ID
	 * @return the conversation
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such conversation
	 */
	Conversation retrieve(String conversationId);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<Conversation> retrieveAsync(String conversationId);

	/**
	 * Replaces a conversation's metadata ({@code POST /conversations/{conversation_id}}).
	 * @param conversationId the conversation ID
	 * @param request the new metadata
	 * @return the updated conversation
	 */
	Conversation update(String conversationId, ConversationUpdateRequest request);

	/** {@link #update(String, ConversationUpdateRequest)} as a lazy {@link Mono}. */
	Mono<Conversation> updateAsync(String conversationId, ConversationUpdateRequest request);

	/**
	 * Deletes a conversation; its items are not deleted ({@code DELETE /conversations/{conversation_id}}).
	 * @param conversationId the conversation ID
	 * @return the deletion status ({@code conversation.deleted})
	 */
	DeletionStatus delete(String conversationId);

	/** {@link #delete(String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String conversationId);

	/**
	 * Lists one page of a conversation's items ({@code GET /conversations/{conversation_id}/items}).
	 * @param conversationId the conversation ID
	 * @param params the page size, order ({@code desc} by default), cursor and extra data to include
	 * @return the page
	 */
	ListResponse<ResponseItem> listItems(String conversationId, InputItemListParams params);

	/** {@link #listItems(String, InputItemListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<ResponseItem>> listItemsAsync(String conversationId, InputItemListParams params);

	/**
	 * Lists all of a conversation's items, fetching pages lazily
	 * ({@code GET /conversations/{conversation_id}/items}).
	 * @param conversationId the conversation ID
	 * @param params the page size, order, first cursor and extra data to include
	 * @return the pager
	 */
	CursorPager<ResponseItem> listItemsAutoPaging(String conversationId, InputItemListParams params);

	/**
	 * Walks every item of a conversation with the API's default page size and order, fetching pages lazily.
	 * @param conversationId the conversation
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<ResponseItem> listItemsAutoPaging(String conversationId) {
		return listItemsAutoPaging(conversationId, InputItemListParams.DEFAULTS);
	}

	/**
	 * Adds up to 20 items to a conversation ({@code POST /conversations/{conversation_id}/items}).
	 * @param conversationId the conversation ID
	 * @param request the items and the extra data to include in the answer
	 * @return the added items, as the API stored them
	 */
	ListResponse<ResponseItem> createItems(String conversationId, ConversationItemsRequest request);

	/** {@link #createItems(String, ConversationItemsRequest)} as a lazy {@link Mono}. */
	Mono<ListResponse<ResponseItem>> createItemsAsync(String conversationId, ConversationItemsRequest request);

	/**
	 * Retrieves one item of a conversation ({@code GET /conversations/{conversation_id}/items/{item_id}}).
	 * @param conversationId the conversation ID
	 * @param itemId the item ID
	 * @param include extra data to include, see {@link dev.integrations.openai.responses.ResponseInclude}
	 * @return the item
	 */
	ResponseItem retrieveItem(String conversationId, String itemId, List<String> include);

	/** {@link #retrieveItem(String, String, List)} as a lazy {@link Mono}. */
	Mono<ResponseItem> retrieveItemAsync(String conversationId, String itemId, List<String> include);

	/**
	 * Deletes one item of a conversation ({@code DELETE /conversations/{conversation_id}/items/{item_id}}).
	 * @param conversationId the conversation ID
	 * @param itemId the item ID
	 * @return the conversation the item was removed from
	 */
	Conversation deleteItem(String conversationId, String itemId);

	/** {@link #deleteItem(String, String)} as a lazy {@link Mono}. */
	Mono<Conversation> deleteItemAsync(String conversationId, String itemId);

}
