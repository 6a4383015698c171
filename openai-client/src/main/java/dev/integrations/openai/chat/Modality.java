package dev.integrations.openai.chat;


/**
 * An output type the model should generate ({@code modalities}).
 */
public enum Modality {

	/** Text, the default. */
	TEXT,

	/** Audio; requires {@code audio} parameters and an audio-capable model. */
	AUDIO

}
