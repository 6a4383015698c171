package dev.integrations.openai.assistants;

import java.util.Map;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * The messages of a thread ({@code /threads/{thread_id}/messages}); every request carries
 * {@code OpenAI-Beta: assistants=v2}. Get it from {@link ThreadService#messages()}.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API; migrate to
 * {@code OpenAIClient.responses()}
 */
@Deprecated
public interface MessageService extends OpenAIService<MessageService> {

	/**
	 * Creates a message ({@code POST /threads/{thread_id}/messages}).
	 * @param threadId the thread ID
	 * @param request the message
	 * @return the message
	 */
	Message create(String threadId, MessageRequest request);

	/** {@link #create(String, MessageRequest)} as a lazy {@link Mono}. */
	Mono<Message> createAsync(String threadId, MessageRequest request);

	/**
	 * Lists one page of messages ({@code GET /threads/{thread_id}/messages}).
	 * @param threadId the thread ID
	 * @param params limit, order, after, before and the run to list the messages of
	 * @return the page
	 */
	ListResponse<Message> list(String threadId, MessageListParams params);

	/** {@link #list(String, MessageListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<Message>> listAsync(String threadId, MessageListParams params);

	/**
	 * Every message of a thread, fetching pages lazily ({@code GET /threads/{thread_id}/messages}).
	 * @param threadId the thread ID
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<Message> listAutoPaging(String threadId, MessageListParams params);

	/**
	 * Walks every message of a thread with the API's default page size and order, fetching pages lazily.
	 * @param threadId the thread ID
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<Message> listAutoPaging(String threadId) {
		return listAutoPaging(threadId, MessageListParams.DEFAULTS);
	}


	/**
	 * Retrieves a message ({@code GET /threads/{thread_id}/messages/{message_id}}).
	 * @param threadId the thread ID
	 * @param messageId the message ID
	 * @return the message
	 */
	Message retrieve(String threadId, String messageId);

	/** {@link #retrieve(String, String)} as a lazy {@link Mono}. */
	Mono<Message> retrieveAsync(String threadId, String messageId);

	/**
	 * Replaces a message's metadata ({@code POST /threads/{thread_id}/messages/{message_id}}).
	 * @param threadId the thread ID
	 * @param messageId the message ID
	 * @param metadata up to 16 key-value pairs
	 * @return the modified message
	 */
	Message modify(String threadId, String messageId, Map<String, String> metadata);

	/** {@link #modify(String, String, Map)} as a lazy {@link Mono}. */
	Mono<Message> modifyAsync(String threadId, String messageId, Map<String, String> metadata);

	/**
	 * Deletes a message ({@code DELETE /threads/{thread_id}/messages/{message_id}}).
	 * @param threadId the thread ID
	 * @param messageId the message ID
	 * @return the deletion status, object {@code thread.message.deleted}
	 */
	DeletionStatus delete(String threadId, String messageId);

	/** {@link #delete(String, String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String threadId, String messageId);

}
