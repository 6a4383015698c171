package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code input_audio_buffer.speech_started}: Sent by the server when in {@code server_vad} mode to indicate that speech has been detected in the audio buffer. This can happen any time audio is added to the buffer (unless speech is already detected). The client may want to use this event to interrupt audio playback or provide visual feedback to the user. The client should expect to receive a {@code input_audio_buffer.speech_stopped} event when speech stops. The {@code item_id} property is the ID of the user message item that will be created when speech stops and will also be included in the {@code input_audio_buffer.speech_stopped} event (unless the client manually commits the audio buffer during VAD activation).
 *
 * @param type the event type, {@code input_audio_buffer.speech_started}
 * @param eventId The unique ID of the server event.
 * @param audioStartMs Milliseconds from the start of all audio written to the buffer during the session when speech was first detected.
 * @param itemId The ID of the user message item that will be created when speech stops.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeInputAudioBufferSpeechStartedEvent(String type, String eventId, int audioStartMs, String itemId, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeInputAudioBufferSpeechStartedEvent {
		extra = Extras.copy(extra);
	}

}
