package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code conversation.item.retrieved}: Returned when a conversation item is retrieved with {@code conversation.item.retrieve}. This is provided as a way to fetch the server's representation of an item, for example to get access to the post-processed audio data after noise cancellation and VAD. It includes the full content of the Item, including audio data.
 *
 * @param type the event type, {@code conversation.item.retrieved}
 * @param eventId The unique ID of the server event.
 * @param item item
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeConversationItemRetrievedEvent(String type, String eventId, RealtimeItem item, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeConversationItemRetrievedEvent {
		extra = Extras.copy(extra);
	}

}
