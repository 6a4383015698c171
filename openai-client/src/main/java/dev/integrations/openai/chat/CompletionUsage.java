package dev.integrations.openai.chat;

import dev.integrations.openai.common.TokenUsage;
import org.jspecify.annotations.Nullable;

/**
 * Token usage of a completion request.
 *
 * @param promptTokens tokens in the prompt
 * @param completionTokens tokens in the generated completion, reasoning tokens included
 * @param totalTokens prompt plus completion tokens
 * @param promptTokensDetails a breakdown of the prompt tokens
 * @param completionTokensDetails a breakdown of the completion tokens
 */
public record CompletionUsage(long promptTokens, long completionTokens, long totalTokens,
		@Nullable PromptTokensDetails promptTokensDetails, @Nullable CompletionTokensDetails completionTokensDetails) {

	/** @return the usage in the form hooks and metrics read */
	public TokenUsage toTokenUsage() {
		return new TokenUsage(this.promptTokens, this.completionTokens);
	}

	/**
	 * A breakdown of the prompt tokens.
	 *
	 * @param audioTokens audio input tokens
	 * @param cachedTokens tokens read from the prompt cache
	 * @param textTokens text input tokens
	 * @param imageTokens image input tokens
	 * @param cacheWriteTokens tokens written to the prompt cache
	 */
	public record PromptTokensDetails(@Nullable Long audioTokens, @Nullable Long cachedTokens,
			@Nullable Long textTokens, @Nullable Long imageTokens, @Nullable Long cacheWriteTokens) {

	}

	/**
	 * A breakdown of the completion tokens.
	 *
	 * @param acceptedPredictionTokens tokens of a Predicted Output that appeared in the completion
	 * @param audioTokens audio output tokens
	 * @param reasoningTokens tokens the model spent reasoning
	 * @param textTokens text output tokens
	 * @param rejectedPredictionTokens tokens of a Predicted Output that did not appear, still billed
	 */
	public record CompletionTokensDetails(@Nullable Long acceptedPredictionTokens, @Nullable Long audioTokens,
			@Nullable Long reasoningTokens, @Nullable Long textTokens, @Nullable Long rejectedPredictionTokens) {

	}

}
