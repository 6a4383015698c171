package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code output_audio_buffer.stopped}: **WebRTC/SIP Only:** Emitted when the output audio buffer has been completely drained on the server, and no more audio is forthcoming. This event is emitted after the full response data has been sent to the client ({@code response.done}). [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
 *
 * @param type the event type, {@code output_audio_buffer.stopped}
 * @param eventId The unique ID of the server event.
 * @param responseId The unique ID of the response that produced the audio.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeOutputAudioBufferStoppedEvent(String type, String eventId, String responseId, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeOutputAudioBufferStoppedEvent {
		extra = Extras.copy(extra);
	}

}
