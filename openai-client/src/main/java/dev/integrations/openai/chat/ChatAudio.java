package dev.integrations.openai.chat;

import java.time.Instant;

/**
 * An audio answer of the model, when the {@code audio} output modality was requested.
 *
 * @param id the ID, to reference the audio in a later {@link AssistantMessage}
 * @param expiresAt when the audio can no longer be referenced, in Unix seconds (see {@link #expiresAtInstant()})
 * @param data the base64 audio bytes, in the requested format
 * @param transcript the transcript of the audio
 */
public record ChatAudio(String id, long expiresAt, String data, String transcript) {

	/** @return {@link #expiresAt()} as an instant */
	public Instant expiresAtInstant() {
		return Instant.ofEpochSecond(this.expiresAt);
	}

}
