package dev.integrations.openai.realtime;

import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The client event {@code input_audio_buffer.append}: Appends audio to the input audio buffer.
 *
 * @param eventId an optional client-generated id, echoed by an {@code error} event this event causes
 * @param audio base64-encoded audio bytes in the session's input format (PCM16 by default)
 */
public record InputAudioBufferAppend(@Nullable String eventId, String audio) implements RealtimeClientEvent {

	/** The wire type of this event. */
	public static final String TYPE = "input_audio_buffer.append";

	/** Checks the required fields. */
	public InputAudioBufferAppend {
		Validation.required("audio", audio);
	}

	/**
	 * Appends raw audio, base64-encoded here.
	 * @param audio audio bytes in the session's input format (PCM16, 24 kHz, mono, little-endian by default)
	 * @return the event
	 */
	public static InputAudioBufferAppend of(byte[] audio) {
		return new InputAudioBufferAppend(null, Base64.getEncoder().encodeToString(audio));
	}

	/**
	 * The audio, decoded from base64.
	 * @return the audio bytes
	 */
	public byte[] audioBytes() {
		return Base64.getDecoder().decode(this.audio);
	}

	@JsonIgnore
	@Override
	public String type() {
		return TYPE;
	}

}
