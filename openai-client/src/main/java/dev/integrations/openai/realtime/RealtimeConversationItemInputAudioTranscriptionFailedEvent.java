package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code conversation.item.input_audio_transcription.failed}: Returned when input audio transcription is configured, and a transcription request for a user message failed. These events are separate from other {@code error} events so that the client can identify the related Item.
 *
 * @param type the event type, {@code conversation.item.input_audio_transcription.failed}
 * @param eventId The unique ID of the server event.
 * @param itemId The ID of the user message item.
 * @param contentIndex The index of the content part containing the audio.
 * @param error Details of the transcription error.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeConversationItemInputAudioTranscriptionFailedEvent(String type, String eventId, String itemId, int contentIndex, RealtimeError error, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeConversationItemInputAudioTranscriptionFailedEvent {
		extra = Extras.copy(extra);
	}

}
