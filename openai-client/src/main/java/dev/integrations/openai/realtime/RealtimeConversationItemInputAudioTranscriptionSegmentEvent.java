package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code conversation.item.input_audio_transcription.segment}: Returned when an input audio transcription segment is identified for an item.
 *
 * @param type the event type, {@code conversation.item.input_audio_transcription.segment}
 * @param eventId The unique ID of the server event.
 * @param itemId The ID of the item containing the input audio content.
 * @param contentIndex The index of the input audio content part within the item.
 * @param text The text for this segment.
 * @param id The segment identifier.
 * @param speaker The detected speaker label for this segment.
 * @param start Start time of the segment in seconds.
 * @param end End time of the segment in seconds.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeConversationItemInputAudioTranscriptionSegmentEvent(String type, String eventId, String itemId, int contentIndex, String text, String id, String speaker, double start, double end, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeConversationItemInputAudioTranscriptionSegmentEvent {
		extra = Extras.copy(extra);
	}

}
