package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code input_audio_buffer.speech_stopped}: Returned in {@code server_vad} mode when the server detects the end of speech in the audio buffer. The server will also send an {@code conversation.item.created} event with the user message item that is created from the audio buffer.
 *
 * @param type the event type, {@code input_audio_buffer.speech_stopped}
 * @param eventId The unique ID of the server event.
 * @param audioEndMs Milliseconds since the session started when speech stopped.
 * @param itemId The ID of the user message item that will be created.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeInputAudioBufferSpeechStoppedEvent(String type, String eventId, int audioEndMs, String itemId, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeInputAudioBufferSpeechStoppedEvent {
		extra = Extras.copy(extra);
	}

}
