package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code response.content_part.done}: Returned when a content part is done streaming in an assistant message item. Also emitted when a Response is interrupted, incomplete, or cancelled.
 *
 * @param type the event type, {@code response.content_part.done}
 * @param eventId The unique ID of the server event.
 * @param responseId The ID of the response.
 * @param itemId The ID of the item.
 * @param outputIndex The index of the output item in the response.
 * @param contentIndex The index of the content part in the item's content array.
 * @param part The content part that is done.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponseContentPartDoneEvent(String type, String eventId, String responseId, String itemId, int outputIndex, int contentIndex, RealtimeOutputPart part, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeResponseContentPartDoneEvent {
		extra = Extras.copy(extra);
	}

}
