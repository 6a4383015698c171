package dev.integrations.openai.audio;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.integrations.openai.internal.WireLists;

/**
 * The log probability of a transcribed token ({@code include[]=logprobs}).
 *
 * @param token the token
 * @param logprob its log probability
 * @param bytes the token's UTF-8 bytes; empty when it has none
 */
public record TokenLogprob(String token, double logprob,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> bytes) {

	/**
	 * Reads missing bytes as an empty list.
	 */
	public TokenLogprob {
		bytes = WireLists.copyOf(bytes);
	}

}
