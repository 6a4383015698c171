package dev.integrations.openai.chat;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The log probability of one output token, with the most likely alternatives at its position.
 *
 * @param token the token
 * @param logprob its log probability; {@code -9999.0} when very unlikely
 * @param bytes its UTF-8 bytes, when it has a byte representation
 * @param topLogprobs the most likely tokens at this position, as many as {@code top_logprobs} asked for or fewer
 */
public record TokenLogprob(String token, double logprob, @Nullable List<Integer> bytes,
		@Nullable List<TopLogprob> topLogprobs) {

	/**
	 * One of the most likely tokens at a position.
	 *
	 * @param token the token
	 * @param logprob its log probability
	 * @param bytes its UTF-8 bytes, when it has a byte representation
	 */
	public record TopLogprob(String token, double logprob, @Nullable List<Integer> bytes) {

	}

}
