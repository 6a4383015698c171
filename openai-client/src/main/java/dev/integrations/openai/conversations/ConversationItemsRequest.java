package dev.integrations.openai.conversations;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.responses.ResponseItem;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /conversations/{conversation_id}/items}: 1 to 20 items to add, and the extra data the
 * answer should include (sent as the {@code include} query parameter, not in the body).
 *
 * @param items the items to add, 1 to 20
 * @param include extra data to include in the returned items, see
 * {@link dev.integrations.openai.responses.ResponseInclude}
 */
public record ConversationItemsRequest(List<ResponseItem> items, @JsonIgnore @Nullable List<String> include) {

	/**
	 * Checks the limits and copies the lists.
	 */
	public ConversationItemsRequest {
		Validation.notEmpty("items", items);
		Validation.maxSize("items", items, ConversationCreateRequest.MAX_ITEMS);
		items = List.copyOf(items);
		include = (include != null) ? List.copyOf(include) : null;
	}

	/**
	 * The request that adds items.
	 * @param items the items, 1 to 20
	 * @return the request
	 */
	public static ConversationItemsRequest of(ResponseItem... items) {
		return new ConversationItemsRequest(Arrays.asList(items), null);
	}

	/**
	 * Returns a copy that asks for extra data in the returned items.
	 * @param include the values, see {@link dev.integrations.openai.responses.ResponseInclude}
	 * @return the request
	 */
	public ConversationItemsRequest withInclude(List<String> include) {
		return new ConversationItemsRequest(this.items, include);
	}

}
