package dev.integrations.openai.completions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The log probabilities of a {@link CompletionChoice}, one entry per token in every list, positions aligned.
 * Entries can be {@code null} where the API has no value, such as the first prompt token with {@code echo}.
 *
 * @param textOffset each token's character offset in the text
 * @param tokenLogprobs each token's log probability
 * @param tokens the tokens
 * @param topLogprobs each position's most likely tokens with their log probabilities
 */
public record CompletionLogprobs(List<Integer> textOffset, List<@Nullable Double> tokenLogprobs, List<String> tokens,
		List<@Nullable Map<String, Double>> topLogprobs) {

	/**
	 * Reads missing lists as empty and keeps {@code null} entries, so the positions stay aligned.
	 */
	public CompletionLogprobs {
		textOffset = aligned(textOffset);
		tokenLogprobs = aligned(tokenLogprobs);
		tokens = aligned(tokens);
		topLogprobs = aligned(topLogprobs);
	}

	private static <T> List<T> aligned(@Nullable List<T> list) {
		return (list != null) ? Collections.unmodifiableList(new ArrayList<>(list)) : List.of();
	}

}
