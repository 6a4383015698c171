package dev.integrations.openai.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * A message of a stored completion ({@code GET /chat/completions/{completion_id}/messages}).
 *
 * @param id the message ID
 * @param role the author
 * @param content the text content
 * @param contentParts the text and image parts, when the message was sent as parts (else empty)
 * @param name the participant name, if one was given
 * @param refusal the refusal message of the model
 * @param toolCalls the tool calls the model made
 * @param annotations annotations such as URL citations
 * @param audio the audio answer of the model
 * @param functionCall the function the model called (deprecated)
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record StoredChatMessage(String id, @Nullable ChatRole role, @Nullable String content,
		List<ContentPart> contentParts, @Nullable String name, @Nullable String refusal, List<ToolCall> toolCalls,
		List<ChatAnnotation> annotations, @Nullable ChatAudio audio, @Nullable FunctionCall functionCall,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Normalizes missing lists to empty ones and copies the extra properties.
	 */
	public StoredChatMessage {
		extra = Extras.copy(extra);
		contentParts = WireLists.copyOf(contentParts);
		toolCalls = WireLists.copyOf(toolCalls);
		annotations = WireLists.copyOf(annotations);
	}

}
