package dev.integrations.openai.audio;

import dev.integrations.openai.common.TokenUsage;
import org.jspecify.annotations.Nullable;

/**
 * What a transcription cost: tokens ({@code type=tokens}) for the {@code gpt-4o} models, or seconds of audio
 * ({@code type=duration}) for {@code whisper-1}.
 *
 * @param type {@code tokens} or {@code duration}
 * @param inputTokens input tokens billed, for token usage
 * @param inputTokenDetails text and audio input tokens, for token usage
 * @param outputTokens output tokens generated, for token usage
 * @param totalTokens input plus output tokens, for token usage
 * @param seconds the audio duration billed, for duration usage
 */
public record TranscriptionUsage(String type, @Nullable Long inputTokens,
		@Nullable InputTokenDetails inputTokenDetails, @Nullable Long outputTokens, @Nullable Long totalTokens,
		@Nullable Double seconds) {

	/**
	 * Converts token usage for metrics.
	 * @return the token counts, or {@code null} for duration usage
	 */
	public @Nullable TokenUsage toTokenUsage() {
		if (this.inputTokens == null && this.outputTokens == null) {
			return null;
		}
		return new TokenUsage((this.inputTokens != null) ? this.inputTokens : 0,
				(this.outputTokens != null) ? this.outputTokens : 0);
	}

	/**
	 * Input tokens by kind.
	 *
	 * @param textTokens text tokens (the prompt)
	 * @param audioTokens audio tokens
	 */
	public record InputTokenDetails(@Nullable Long textTokens, @Nullable Long audioTokens) {

	}

}
