package dev.integrations.openai.conversations;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.integrations.openai.internal.WireMaps;

/**
 * A conversation ({@code ConversationResource}): an ID that responses continue, with metadata.
 *
 * @param id the conversation ID, such as {@code conv_123}
 * @param object always {@code conversation}
 * @param metadata up to 16 key-value pairs attached to the conversation
 * @param createdAt when the conversation was created, in Unix seconds (see {@link #createdAtInstant()})
 */
public record Conversation(String id, String object, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String,
		String> metadata, long createdAt) {

	/**
	 * Copies the metadata; missing metadata reads as an empty map.
	 */
	public Conversation {
		metadata = WireMaps.copyOf(metadata);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
