package dev.integrations.openai.chat;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An output type the model should generate ({@code modalities}).
 */
public enum Modality {

	/** Text, the default. */
	@JsonProperty("text")
	TEXT,

	/** Audio; requires {@code audio} parameters and an audio-capable model. */
	@JsonProperty("audio")
	AUDIO

}
