package dev.integrations.openai.conversations;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A conversation ({@code ConversationResource}): an ID that responses continue, with metadata.
 *
 * @param id the conversation ID, such as {@code conv_123}
 * @param object always {@code conversation}
 * @param metadata up to 16 key-value pairs attached to the conversation
 * @param createdAt when the conversation was created, in Unix seconds (see {@link #createdAtInstant()})
 */
public record Conversation(String id, String object, @Nullable Map<String, String> metadata, long createdAt) {

	/**
	 * Copies the metadata.
	 */
	public Conversation {
		metadata = (metadata != null) ? Map.copyOf(metadata) : null;
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
