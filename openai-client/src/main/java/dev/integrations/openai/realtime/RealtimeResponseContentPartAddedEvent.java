package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code response.content_part.added}: Returned when a new content part is added to an assistant message item during response generation.
 *
 * @param type the event type, {@code response.content_part.added}
 * @param eventId The unique ID of the server event.
 * @param responseId The ID of the response.
 * @param itemId The ID of the item to which the content part was added.
 * @param outputIndex The index of the output item in the response.
 * @param contentIndex The index of the content part in the item's content array.
 * @param part The content part that was added.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponseContentPartAddedEvent(String type, String eventId, String responseId, String itemId, int outputIndex, int contentIndex, RealtimeOutputPart part, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeResponseContentPartAddedEvent {
		extra = Extras.copy(extra);
	}

}
