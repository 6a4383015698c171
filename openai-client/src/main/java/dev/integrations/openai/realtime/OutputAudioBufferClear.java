package dev.integrations.openai.realtime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * The client event {@code output_audio_buffer.clear}: Cuts off the current audio response (WebRTC and SIP only); the server answers {@code output_audio_buffer.cleared}.
 *
 * @param eventId an optional client-generated id, echoed by an {@code error} event this event causes
 */
public record OutputAudioBufferClear(@Nullable String eventId) implements RealtimeClientEvent {

	/** The wire type of this event. */
	public static final String TYPE = "output_audio_buffer.clear";

	/**
	 * The event without an event id.
	 * @return the event
	 */
	public static OutputAudioBufferClear of() {
		return new OutputAudioBufferClear(null);
	}

	@JsonIgnore
	@Override
	public String type() {
		return TYPE;
	}

}
