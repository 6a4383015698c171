package dev.integrations.openai.responses;

import java.util.List;

import dev.integrations.openai.internal.WireLists;

/**
 * The log probability of one token of an {@code output_text} part, sent when {@code include} has
 * {@code message.output_text.logprobs} (the spec's {@code LogProb}).
 *
 * @param token the token
 * @param logprob its log probability
 * @param bytes its UTF-8 bytes
 * @param topLogprobs the most likely alternatives at this position
 */
public record OutputTextLogprob(String token, double logprob, List<Integer> bytes,
		List<TopLogProb> topLogprobs) {

	/**
	 * Normalizes missing bytes and alternatives to empty lists.
	 */
	public OutputTextLogprob {
		bytes = WireLists.copyOf(bytes);
		topLogprobs = WireLists.copyOf(topLogprobs);
	}

}
