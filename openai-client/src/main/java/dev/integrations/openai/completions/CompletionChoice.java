package dev.integrations.openai.completions;

import dev.integrations.openai.chat.FinishReason;
import org.jspecify.annotations.Nullable;

/**
 * One choice of a {@link Completion}.
 *
 * @param text the generated text (in a stream, the piece this chunk adds); {@code ""} when missing
 * @param index the choice's position
 * @param logprobs the log probabilities, when the request set {@code logprobs}
 * @param finishReason why generation stopped: {@code stop}, {@code length} or {@code content_filter}; {@code null}
 * in a stream until the choice's last chunk
 */
public record CompletionChoice(String text, int index, @Nullable CompletionLogprobs logprobs,
		@Nullable FinishReason finishReason) {

	/**
	 * Reads a missing text as empty.
	 */
	public CompletionChoice {
		text = (text != null) ? text : "";
	}

}
