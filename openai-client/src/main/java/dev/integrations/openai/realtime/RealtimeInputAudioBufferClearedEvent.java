package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code input_audio_buffer.cleared}: Returned when the input audio buffer is cleared by the client with a {@code input_audio_buffer.clear} event.
 *
 * @param type the event type, {@code input_audio_buffer.cleared}
 * @param eventId The unique ID of the server event.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeInputAudioBufferClearedEvent(String type, String eventId, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeInputAudioBufferClearedEvent {
		extra = Extras.copy(extra);
	}

}
