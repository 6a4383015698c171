package dev.integrations.openai.audio;

import java.util.Locale;

/**
 * Additional information in a transcription ({@code include[]}).
 */
public enum TranscriptionInclude {

	/** Token log probabilities; {@code json} format and the {@code gpt-4o} transcribe models only. */
	LOGPROBS;

	/** @return the wire value, {@code logprobs} */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
