package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code conversation.item.deleted}: Returned when an item in the conversation is deleted by the client with a {@code conversation.item.delete} event. This event is used to synchronize the server's understanding of the conversation history with the client's view.
 *
 * @param type the event type, {@code conversation.item.deleted}
 * @param eventId The unique ID of the server event.
 * @param itemId The ID of the item that was deleted.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeConversationItemDeletedEvent(String type, String eventId, String itemId, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeConversationItemDeletedEvent {
		extra = Extras.copy(extra);
	}

}
