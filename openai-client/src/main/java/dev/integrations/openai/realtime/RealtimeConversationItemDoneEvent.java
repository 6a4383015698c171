package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * The server event {@code conversation.item.done}: Returned when a conversation item is finalized. The event will include the full content of the Item except for audio data, which can be retrieved separately with a {@code conversation.item.retrieve} event if needed.
 *
 * @param type the event type, {@code conversation.item.done}
 * @param eventId The unique ID of the server event.
 * @param previousItemId The ID of the item that precedes this one, if any.
 * @param item item
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeConversationItemDoneEvent(String type, String eventId, @Nullable String previousItemId, RealtimeItem item, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeConversationItemDoneEvent {
		extra = Extras.copy(extra);
	}

}
