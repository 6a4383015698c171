package dev.integrations.openai.realtime;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * The server event {@code conversation.item.input_audio_transcription.delta}: Returned when the text value of an input audio transcription content part is updated with incremental transcription results.
 *
 * @param type the event type, {@code conversation.item.input_audio_transcription.delta}
 * @param eventId The unique ID of the server event.
 * @param itemId The ID of the item containing the audio that is being transcribed.
 * @param contentIndex The index of the content part in the item's content array.
 * @param delta The text delta.
 * @param logprobs The log probabilities of the transcription.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeConversationItemInputAudioTranscriptionDeltaEvent(String type, String eventId, String itemId, @Nullable Integer contentIndex, @Nullable String delta, @Nullable List<Map<String, Object>> logprobs, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeConversationItemInputAudioTranscriptionDeltaEvent {
		extra = Extras.copy(extra);
	}

}
