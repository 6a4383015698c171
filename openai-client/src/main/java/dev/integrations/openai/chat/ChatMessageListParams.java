package dev.integrations.openai.chat;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Paging of {@code GET /chat/completions/{completion_id}/messages}.
 *
 * @param after the ID of the message to list after
 * @param limit how many messages per page (the API's default is 20)
 * @param order the order by creation time ({@code asc} by default)
 */
public record ChatMessageListParams(@Nullable String after, @Nullable Integer limit, @Nullable SortOrder order)
		implements CursorParams<ChatMessageListParams> {

	/** The API's default paging. */
	public static final ChatMessageListParams DEFAULTS = new ChatMessageListParams(null, null, null);

	/**
	 * Checks the limit.
	 */
	public ChatMessageListParams {
		Validation.range("limit", limit, 1, Integer.MAX_VALUE);
	}

	@Override
	public ChatMessageListParams withAfter(@Nullable String after) {
		return new ChatMessageListParams(after, this.limit, this.order);
	}

}
