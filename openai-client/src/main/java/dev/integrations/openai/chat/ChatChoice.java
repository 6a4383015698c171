package dev.integrations.openai.chat;

import org.jspecify.annotations.Nullable;

/**
 * One of the completion's choices (several when {@code n} is greater than 1).
 *
 * @param index the index of the choice
 * @param message the generated message; empty (no content, no tool calls) when the API sent none
 * @param finishReason why the model stopped; {@link FinishReason#UNKNOWN} for a reason newer than this client
 * @param logprobs the log probabilities, when requested
 */
public record ChatChoice(int index, ChatCompletionMessage message, @Nullable FinishReason finishReason,
		@Nullable ChoiceLogprobs logprobs) {

	/**
	 * Reads a missing or {@code null} message as an empty one, so {@code message().content()} never throws.
	 */
	public ChatChoice {
		message = (message != null) ? message : ChatCompletionMessage.EMPTY;
	}

}
