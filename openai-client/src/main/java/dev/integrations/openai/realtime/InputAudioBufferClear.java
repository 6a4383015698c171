package dev.integrations.openai.realtime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * The client event {@code input_audio_buffer.clear}: Clears the input audio buffer; the server answers {@code input_audio_buffer.cleared}.
 *
 * @param eventId an optional client-generated id, echoed by an {@code error} event this event causes
 */
public record InputAudioBufferClear(@Nullable String eventId) implements RealtimeClientEvent {

	/** The wire type of this event. */
	public static final String TYPE = "input_audio_buffer.clear";

	/**
	 * The event without an event id.
	 * @return the event
	 */
	public static InputAudioBufferClear of() {
		return new InputAudioBufferClear(null);
	}

	@JsonIgnore
	@Override
	public String type() {
		return TYPE;
	}

}
