package dev.integrations.openai.audio;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * A custom voice for audio output ({@code object: audio.voice}); speak with it through {@link #voice()}, as in
 * {@code SpeechRequest.builder().voice(created.voice())}.
 *
 * @param object always {@code audio.voice}
 * @param id the voice ID, such as {@code voice_123abc}
 * @param name the name of the voice
 * @param createdAt when the voice was created, in Unix seconds (see {@link #createdAtInstant()})
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record CustomVoice(String object, String id, String name, long createdAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public CustomVoice {
		extra = Extras.copy(extra);
	}

	/** @return this voice as the {@code voice} of a {@link SpeechRequest}, sent as {@code {"id": ...}} */
	public Voice voice() {
		return Voice.custom(this.id);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
