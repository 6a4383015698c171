package dev.integrations.openai.conversations;

import java.util.Map;

import dev.integrations.openai.internal.Validation;

/**
 * The body of {@code POST /conversations/{conversation_id}} ({@code UpdateConversationBody}): the metadata that
 * replaces the conversation's.
 *
 * @param metadata up to 16 key-value pairs
 */
public record ConversationUpdateRequest(Map<String, String> metadata) {

	/**
	 * Checks and copies the metadata.
	 */
	public ConversationUpdateRequest {
		Validation.required("metadata", metadata);
		Validation.metadata("metadata", metadata);
		metadata = Map.copyOf(metadata);
	}

	/**
	 * The request that sets metadata.
	 * @param metadata up to 16 key-value pairs
	 * @return the request
	 */
	public static ConversationUpdateRequest of(Map<String, String> metadata) {
		return new ConversationUpdateRequest(metadata);
	}

}
