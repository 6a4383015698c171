package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code response.output_audio.done}: Returned when the model-generated audio is done. Also emitted when a Response is interrupted, incomplete, or cancelled.
 *
 * @param type the event type, {@code response.output_audio.done}
 * @param eventId The unique ID of the server event.
 * @param responseId The ID of the response.
 * @param itemId The ID of the item.
 * @param outputIndex The index of the output item in the response.
 * @param contentIndex The index of the content part in the item's content array.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponseAudioDoneEvent(String type, String eventId, String responseId, String itemId, int outputIndex, int contentIndex, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeResponseAudioDoneEvent {
		extra = Extras.copy(extra);
	}

}
