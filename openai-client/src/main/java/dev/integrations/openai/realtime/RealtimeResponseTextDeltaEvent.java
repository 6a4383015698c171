package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code response.output_text.delta}: Returned when the text value of an "output_text" content part is updated.
 *
 * @param type the event type, {@code response.output_text.delta}
 * @param eventId The unique ID of the server event.
 * @param responseId The ID of the response.
 * @param itemId The ID of the item.
 * @param outputIndex The index of the output item in the response.
 * @param contentIndex The index of the content part in the item's content array.
 * @param delta The text delta.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponseTextDeltaEvent(String type, String eventId, String responseId, String itemId, int outputIndex, int contentIndex, String delta, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeResponseTextDeltaEvent {
		extra = Extras.copy(extra);
	}

}
