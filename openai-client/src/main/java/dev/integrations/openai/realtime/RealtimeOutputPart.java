package dev.integrations.openai.realtime;

import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * A content part of an assistant message as streamed ({@code part} of {@code response.content_part.added} and
 * {@code response.content_part.done}).
 *
 * @param type {@code text} or {@code audio}
 * @param text the text of a text part
 * @param audio the audio of an audio part, base64
 * @param transcript the transcript of an audio part
 */
public record RealtimeOutputPart(@Nullable String type, @Nullable String text, @Nullable String audio,
		@Nullable String transcript) {

	/** @return the decoded audio, empty when there is none */
	public byte[] audioBytes() {
		return (this.audio != null) ? Base64.getDecoder().decode(this.audio) : new byte[0];
	}

}
