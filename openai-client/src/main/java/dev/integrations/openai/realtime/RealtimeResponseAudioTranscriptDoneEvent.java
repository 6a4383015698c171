package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code response.output_audio_transcript.done}: Returned when the model-generated transcription of audio output is done streaming. Also emitted when a Response is interrupted, incomplete, or cancelled.
 *
 * @param type the event type, {@code response.output_audio_transcript.done}
 * @param eventId The unique ID of the server event.
 * @param responseId The ID of the response.
 * @param itemId The ID of the item.
 * @param outputIndex The index of the output item in the response.
 * @param contentIndex The index of the content part in the item's content array.
 * @param transcript The final transcript of the audio.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponseAudioTranscriptDoneEvent(String type, String eventId, String responseId, String itemId, int outputIndex, int contentIndex, String transcript, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeResponseAudioTranscriptDoneEvent {
		extra = Extras.copy(extra);
	}

}
