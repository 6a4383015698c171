package dev.integrations.openai.chat;

import java.util.List;

import dev.integrations.openai.internal.WireLists;

/**
 * Log probabilities of a choice, when {@code logprobs} was requested.
 *
 * @param content the content tokens
 * @param refusal the refusal tokens
 */
public record ChoiceLogprobs(List<TokenLogprob> content, List<TokenLogprob> refusal) {

	/**
	 * Normalizes missing lists to empty ones.
	 */
	public ChoiceLogprobs {
		content = WireLists.copyOf(content);
		refusal = WireLists.copyOf(refusal);
	}

}
