package dev.integrations.openai.realtime;

import java.util.Map;

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
		@Nullable Map<String, Object> inputTokenDetails, @Nullable Map<String, Object> outputTokenDetails) {

	/**
	 * The usage in the shape metrics use.
	 * @return input and output tokens
	 */
	public TokenUsage tokenUsage() {
		return new TokenUsage(this.inputTokens, this.outputTokens);
	}

}
