package dev.integrations.openai.responses;

import java.util.List;

import dev.integrations.openai.internal.WireLists;

/**
 * One of the most likely tokens at a position of the output, with its log probability.
 *
 * @param token the token
 * @param logprob its log probability
 * @param bytes its UTF-8 bytes
 */
public record TopLogProb(String token, double logprob, List<Integer> bytes) {

	/**
	 * Normalizes missing bytes to an empty list.
	 */
	public TopLogProb {
		bytes = WireLists.copyOf(bytes);
	}

}
