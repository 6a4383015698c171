package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code output_audio_buffer.cleared}: **WebRTC/SIP Only:** Emitted when the output audio buffer is cleared. This happens either in VAD mode when the user has interrupted ({@code input_audio_buffer.speech_started}), or when the client has emitted the {@code output_audio_buffer.clear} event to manually cut off the current audio response. [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
 *
 * @param type the event type, {@code output_audio_buffer.cleared}
 * @param eventId The unique ID of the server event.
 * @param responseId The unique ID of the response that produced the audio.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeOutputAudioBufferClearedEvent(String type, String eventId, String responseId, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeOutputAudioBufferClearedEvent {
		extra = Extras.copy(extra);
	}

}
