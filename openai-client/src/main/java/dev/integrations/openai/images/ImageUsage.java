package dev.integrations.openai.images;

import dev.integrations.openai.common.TokenUsage;
import org.jspecify.annotations.Nullable;

/**
 * The tokens an image request consumed (GPT image models only).
 *
 * @param totalTokens the tokens (images and text) in total
 * @param inputTokens the tokens (images and text) of the input
 * @param outputTokens the tokens of the output images
 * @param inputTokensDetails the input tokens by kind
 * @param outputTokensDetails the output tokens by kind, when reported
 */
public record ImageUsage(long totalTokens, long inputTokens, long outputTokens,
		@Nullable ImageInputTokensDetails inputTokensDetails, @Nullable ImageOutputTokensDetails outputTokensDetails) {

	/** @return the usage in the form metrics use */
	public TokenUsage toTokenUsage() {
		return new TokenUsage(this.inputTokens, this.outputTokens);
	}

}
