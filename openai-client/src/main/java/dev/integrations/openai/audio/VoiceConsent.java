package dev.integrations.openai.audio;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * A consent recording that authorizes the creation of a custom voice ({@code object: audio.voice_consent}).
 *
 * @param object always {@code audio.voice_consent}
 * @param id the consent ID, such as {@code cons_1234}, passed to {@link VoiceRequest#consent()}
 * @param name the label given when the recording was uploaded
 * @param language the BCP 47 language tag of the consent phrase, such as {@code en-US}
 * @param createdAt when the recording was uploaded, in Unix seconds (see {@link #createdAtInstant()})
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record VoiceConsent(String object, String id, String name, String language, long createdAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public VoiceConsent {
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
