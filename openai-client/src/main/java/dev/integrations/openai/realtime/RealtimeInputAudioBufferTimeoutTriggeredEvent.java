package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code input_audio_buffer.timeout_triggered}: Returned when the Server VAD timeout is triggered for the input audio buffer. This is configured with {@code idle_timeout_ms} in the {@code turn_detection} settings of the session, and it indicates that there hasn't been any speech detected for the configured duration. The {@code audio_start_ms} and {@code audio_end_ms} fields indicate the segment of audio after the last model response up to the triggering time, as an offset from the beginning of audio written to the input audio buffer. This means it demarcates the segment of audio that was silent and the difference between the start and end values will roughly match the configured timeout. The empty audio will be committed to the conversation as an {@code input_audio} item (there will be a {@code input_audio_buffer.committed} event) and a model response will be generated. There may be speech that didn't trigger VAD but is still detected by the model, so the model may respond with something relevant to the conversation or a prompt to continue speaking.
 *
 * @param type the event type, {@code input_audio_buffer.timeout_triggered}
 * @param eventId The unique ID of the server event.
 * @param audioStartMs Millisecond offset of audio written to the input audio buffer that was after the playback time of the last model response.
 * @param audioEndMs Millisecond offset of audio written to the input audio buffer at the time the timeout was triggered.
 * @param itemId The ID of the item associated with this segment.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeInputAudioBufferTimeoutTriggeredEvent(String type, String eventId, int audioStartMs, int audioEndMs, String itemId, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeInputAudioBufferTimeoutTriggeredEvent {
		extra = Extras.copy(extra);
	}

}
