package dev.integrations.openai.chatkit;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * ChatKit threads ({@code /chatkit/threads}, beta) and their items. Blocking methods run on the caller's thread;
 * {@code Async} methods call on subscription. Thread-safe; get it from {@code client.chatKit().threads()}.
 */
public interface ChatKitThreadService extends OpenAIService<ChatKitThreadService> {

	/**
	 * Lists one page of threads, newest first unless the order says otherwise ({@code GET /chatkit/threads}).
	 * @param params the page (size 1 to 100, 20 when not set; order; cursors) and the end user to filter by
	 * @return the page
	 */
	ListResponse<ChatKitThread> list(ChatKitThreadListParams params);

	/** {@link #list(ChatKitThreadListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<ChatKitThread>> listAsync(ChatKitThreadListParams params);

	/**
	 * Walks every thread, fetching pages as they are consumed ({@code GET /chatkit/threads}).
	 * @param params the first page's parameters and the filter
	 * @return the pager
	 */
	CursorPager<ChatKitThread> listAutoPaging(ChatKitThreadListParams params);

	/**
	 * Walks every thread of every user with the API's default page size and order, fetching pages lazily.
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<ChatKitThread> listAutoPaging() {
		return listAutoPaging(ChatKitThreadListParams.DEFAULTS);
	}

	/**
	 * Retrieves a thread ({@code GET /chatkit/threads/{thread_id}}).
	 * @param threadId the thread ID, such as {@code cthr_123}
	 * @return the thread
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such thread
	 */
	ChatKitThread retrieve(String threadId);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<ChatKitThread> retrieveAsync(String threadId);

	/**
	 * Deletes a thread with its items and stored attachments ({@code DELETE /chatkit/threads/{thread_id}}).
	 * @param threadId the thread ID
	 * @return the deletion status, object {@code chatkit.thread.deleted}
	 */
	DeletionStatus delete(String threadId);

	/** {@link #delete(String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String threadId);

	/**
	 * Lists one page of a thread's items ({@code GET /chatkit/threads/{thread_id}/items}).
	 * @param threadId the thread ID
	 * @param params the page size (1 to 100, 20 when not set), the order ({@code desc} when not set) and the cursors
	 * @return the page of items: user and assistant messages, widgets, client tool calls, tasks and task groups
	 */
	ListResponse<ChatKitThreadItem> listItems(String threadId, ListParams params);

	/** {@link #listItems(String, ListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<ChatKitThreadItem>> listItemsAsync(String threadId, ListParams params);

	/**
	 * Walks every item of a thread, fetching pages as they are consumed
	 * ({@code GET /chatkit/threads/{thread_id}/items}).
	 * @param threadId the thread ID
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<ChatKitThreadItem> listItemsAutoPaging(String threadId, ListParams params);

	/**
	 * Walks every item of a thread with the API's default page size and order, fetching pages lazily.
	 * @param threadId the thread ID
	 * @return the pager
	 */
	default CursorPager<ChatKitThreadItem> listItemsAutoPaging(String threadId) {
		return listItemsAutoPaging(threadId, ListParams.DEFAULTS);
	}

}
