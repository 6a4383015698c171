package dev.integrations.openai.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * The message the model generated for a choice. Pass it to {@link AssistantMessage#from} to continue the
 * conversation.
 *
 * @param role always {@code assistant}
 * @param content the text, or {@code null} when the model only called tools or refused
 * @param refusal the refusal message, when the model refused
 * @param toolCalls the tool calls the model made, empty when none
 * @param annotations annotations such as URL citations from web search, empty when none
 * @param audio the audio answer, when the audio modality was requested
 * @param functionCall the function the model called (deprecated in favor of {@code tool_calls})
 * @param extra the properties this client has no field for, such as the {@code reasoning_content} of vLLM or
 * DeepSeek; {@link AssistantMessage#from} does not send them back
 */
public record ChatCompletionMessage(@Nullable ChatRole role, @Nullable String content, @Nullable String refusal,
		List<ToolCall> toolCalls, List<ChatAnnotation> annotations, @Nullable ChatAudio audio,
		@Nullable FunctionCall functionCall, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/** A message with nothing in it, read in place of a missing or {@code null} message. */
	static final ChatCompletionMessage EMPTY = new ChatCompletionMessage(null, null, null, null, null, null, null,
			null);

	/**
	 * Normalizes missing lists to empty ones and copies the extra properties.
	 */
	public ChatCompletionMessage {
		extra = Extras.copy(extra);
		toolCalls = WireLists.copyOf(toolCalls);
		annotations = WireLists.copyOf(annotations);
	}

}
