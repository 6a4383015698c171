package dev.integrations.openai.responses;

import dev.integrations.openai.common.TokenUsage;
import org.jspecify.annotations.Nullable;

/**
 * The tokens a response used.
 *
 * @param inputTokens input tokens
 * @param inputTokensDetails the input tokens served from or written to the prompt cache
 * @param outputTokens output tokens, reasoning included
 * @param outputTokensDetails the reasoning tokens among them
 * @param totalTokens input plus output tokens
 */
public record ResponseUsage(long inputTokens, @Nullable InputTokensDetails inputTokensDetails, long outputTokens,
		@Nullable OutputTokensDetails outputTokensDetails, long totalTokens) {

	/** @return the usage in the form metrics use */
	public TokenUsage toTokenUsage() {
		return new TokenUsage(this.inputTokens, this.outputTokens);
	}

	/**
	 * Details of the input tokens.
	 *
	 * @param cachedTokens tokens read from the prompt cache
	 * @param cacheWriteTokens tokens written to the prompt cache
	 */
	public record InputTokensDetails(long cachedTokens, long cacheWriteTokens) {

	}

	/**
	 * Details of the output tokens.
	 *
	 * @param reasoningTokens reasoning tokens
	 */
	public record OutputTokensDetails(long reasoningTokens) {

	}

}
