package dev.integrations.openai.responses;

import java.util.List;

import dev.integrations.openai.internal.WireLists;

/**
 * The log probability of one token of a streamed text delta ({@code response.output_text.delta} and
 * {@code .done}), sent when {@code include} has {@code message.output_text.logprobs}.
 *
 * @param token the token
 * @param logprob its log probability
 * @param topLogprobs up to 20 of the most likely tokens at this position
 */
public record ResponseLogProb(String token, double logprob, List<Top> topLogprobs) {

	/**
	 * Normalizes missing alternatives to an empty list.
	 */
	public ResponseLogProb {
		topLogprobs = WireLists.copyOf(topLogprobs);
	}

	/**
	 * A likely token at the position.
	 *
	 * @param token the token
	 * @param logprob its log probability
	 */
	public record Top(String token, double logprob) {

	}

}
