package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code output_audio_buffer.started}: **WebRTC/SIP Only:** Emitted when the server begins streaming audio to the client. This event is emitted after an audio content part has been added ({@code response.content_part.added}) to the response. [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
 *
 * @param type the event type, {@code output_audio_buffer.started}
 * @param eventId The unique ID of the server event.
 * @param responseId The unique ID of the response that produced the audio.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeOutputAudioBufferStartedEvent(String type, String eventId, String responseId, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeOutputAudioBufferStartedEvent {
		extra = Extras.copy(extra);
	}

}
