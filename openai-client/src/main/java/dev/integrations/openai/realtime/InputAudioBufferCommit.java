package dev.integrations.openai.realtime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * The client event {@code input_audio_buffer.commit}: Commits the input audio buffer as a user message item; the server answers {@code input_audio_buffer.committed}.
 *
 * @param eventId an optional client-generated id, echoed by an {@code error} event this event causes
 */
public record InputAudioBufferCommit(@Nullable String eventId) implements RealtimeClientEvent {

	/** The wire type of this event. */
	public static final String TYPE = "input_audio_buffer.commit";

	/**
	 * The event without an event id.
	 * @return the event
	 */
	public static InputAudioBufferCommit of() {
		return new InputAudioBufferCommit(null);
	}

	@JsonIgnore
	@Override
	public String type() {
		return TYPE;
	}

}
