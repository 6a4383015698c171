package dev.integrations.openai.chat;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The message the model generated for a choice. Pass it to {@link AssistantMessage#from} to continue the
 * conversation.
 *
 * @param role always {@code assistant}
 * @param content the text, or {@code null} when the model only called tools or refused
 * @param refusal the refusal message, when the model refused
 * @param toolCalls the tool calls the model made; empty on a plain answer
 * @param annotations annotations such as URL citations from web search; empty when there are none
 * @param audio the audio answer, when the audio modality was requested
 * @param functionCall the function the model called (deprecated in favor of {@code tool_calls})
 */
public record ChatCompletionMessage(@Nullable ChatRole role, @Nullable String content, @Nullable String refusal,
		List<ToolCall> toolCalls, List<ChatAnnotation> annotations, @Nullable ChatAudio audio,
		@Nullable FunctionCall functionCall) {

	/**
	 * Normalizes missing {@code tool_calls} and {@code annotations} to empty lists.
	 */
	public ChatCompletionMessage {
		toolCalls = (toolCalls != null) ? List.copyOf(toolCalls) : List.of();
		annotations = (annotations != null) ? List.copyOf(annotations) : List.of();
	}

}
