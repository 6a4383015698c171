package dev.integrations.openai.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.integrations.openai.internal.WireLists;

/**
 * The log probability of one output token, with the most likely alternatives at its position.
 *
 * @param token the token
 * @param logprob its log probability; {@code -9999.0} when very unlikely
 * @param bytes its UTF-8 bytes; empty when it has no byte representation
 * @param topLogprobs the most likely tokens at this position, as many as {@code top_logprobs} asked for or fewer
 */
public record TokenLogprob(String token, double logprob,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> bytes,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<TopLogprob> topLogprobs) {

	/**
	 * Reads missing bytes and alternatives as empty lists.
	 */
	public TokenLogprob {
		bytes = WireLists.copyOf(bytes);
		topLogprobs = WireLists.copyOf(topLogprobs);
	}

	/**
	 * One of the most likely tokens at a position.
	 *
	 * @param token the token
	 * @param logprob its log probability
	 * @param bytes its UTF-8 bytes; empty when it has no byte representation
	 */
	public record TopLogprob(String token, double logprob,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> bytes) {

		/**
		 * Reads missing bytes as an empty list.
		 */
		public TopLogprob {
			bytes = WireLists.copyOf(bytes);
		}

	}

}
