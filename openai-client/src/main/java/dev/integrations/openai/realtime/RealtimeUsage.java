package dev.integrations.openai.realtime;

import dev.integrations.openai.common.TokenUsage;
import org.jspecify.annotations.Nullable;

/**
 * Token usage of one Realtime response (billing figures), as sent in {@code response.done}.
 *
 * @param totalTokens input and output tokens, text and audio
 * @param inputTokens input tokens, text and audio, cached included
 * @param outputTokens output tokens, text and audio
 * @param inputTokenDetails cached, text, image and audio input tokens
 * @param outputTokenDetails text and audio output tokens
 */
public record RealtimeUsage(long totalTokens, long inputTokens, long outputTokens,
		@Nullable InputTokenDetails inputTokenDetails, @Nullable OutputTokenDetails outputTokenDetails) {

	/**
	 * The usage in the shape metrics use.
	 * @return input and output tokens
	 */
	public TokenUsage tokenUsage() {
		return new TokenUsage(this.inputTokens, this.outputTokens);
	}

	/**
	 * The input tokens by kind.
	 *
	 * @param cachedTokens cached input tokens
	 * @param textTokens text input tokens
	 * @param imageTokens image input tokens
	 * @param audioTokens audio input tokens
	 * @param cachedTokensDetails the cached tokens by kind
	 */
	public record InputTokenDetails(@Nullable Long cachedTokens, @Nullable Long textTokens,
			@Nullable Long imageTokens, @Nullable Long audioTokens, @Nullable CachedTokenDetails cachedTokensDetails) {

	}

	/**
	 * The cached input tokens by kind.
	 *
	 * @param textTokens cached text tokens
	 * @param imageTokens cached image tokens
	 * @param audioTokens cached audio tokens
	 */
	public record CachedTokenDetails(@Nullable Long textTokens, @Nullable Long imageTokens,
			@Nullable Long audioTokens) {

	}

	/**
	 * The output tokens by kind.
	 *
	 * @param textTokens text output tokens
	 * @param audioTokens audio output tokens
	 */
	public record OutputTokenDetails(@Nullable Long textTokens, @Nullable Long audioTokens) {

	}

}
