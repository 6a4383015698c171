package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code response.output_item.added}: Returned when a new Item is created during Response generation.
 *
 * @param type the event type, {@code response.output_item.added}
 * @param eventId The unique ID of the server event.
 * @param responseId The ID of the Response to which the item belongs.
 * @param outputIndex The index of the output item in the Response.
 * @param item item
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponseOutputItemAddedEvent(String type, String eventId, String responseId, int outputIndex, RealtimeItem item, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeResponseOutputItemAddedEvent {
		extra = Extras.copy(extra);
	}

}
