package dev.integrations.openai.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * A choice in a stream chunk.
 *
 * @param index the index of the choice
 * @param delta what this chunk adds to the message
 * @param finishReason why the model stopped, on the last chunk of the choice
 * @param logprobs the log probabilities of the tokens in this chunk, when requested
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record ChunkChoice(int index, @Nullable ChatDelta delta, @Nullable FinishReason finishReason,
		@Nullable ChoiceLogprobs logprobs, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public ChunkChoice {
		extra = Extras.copy(extra);
	}

}
