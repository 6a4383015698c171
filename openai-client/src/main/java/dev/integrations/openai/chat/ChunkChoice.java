package dev.integrations.openai.chat;

import org.jspecify.annotations.Nullable;

/**
 * A choice in a stream chunk.
 *
 * @param index the index of the choice
 * @param delta what this chunk adds to the message
 * @param finishReason why the model stopped, on the last chunk of the choice
 * @param logprobs the log probabilities of the tokens in this chunk, when requested
 */
public record ChunkChoice(int index, @Nullable ChatDelta delta, @Nullable FinishReason finishReason,
		@Nullable ChoiceLogprobs logprobs) {

}
