package dev.integrations.openai.conversations;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.responses.ResponseItem;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /conversations} ({@code CreateConversationBody}): optional metadata and up to 20 initial
 * items. Both may be omitted, which creates an empty conversation.
 *
 * @param metadata up to 16 key-value pairs
 * @param items the initial items, at most 20
 */
public record ConversationCreateRequest(@Nullable Map<String, String> metadata, @Nullable List<ResponseItem> items) {

	/** The most items one request may add. */
	public static final int MAX_ITEMS = 20;

	/** An empty conversation without metadata. */
	public static final ConversationCreateRequest EMPTY = new ConversationCreateRequest(null, null);

	/**
	 * Checks the limits and copies the collections.
	 */
	public ConversationCreateRequest {
		Validation.metadata("metadata", metadata);
		Validation.maxSize("items", items, MAX_ITEMS);
		metadata = (metadata != null) ? Map.copyOf(metadata) : null;
		items = (items != null) ? List.copyOf(items) : null;
	}

	/**
	 * A conversation that starts with items.
	 * @param items the initial items, at most 20
	 * @return the request
	 */
	public static ConversationCreateRequest of(ResponseItem... items) {
		return new ConversationCreateRequest(null, Arrays.asList(items));
	}

	/**
	 * Returns a copy with metadata.
	 * @param metadata up to 16 key-value pairs
	 * @return the request
	 */
	public ConversationCreateRequest withMetadata(Map<String, String> metadata) {
		return new ConversationCreateRequest(metadata, this.items);
	}

}
