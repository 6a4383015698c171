package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * The server event {@code conversation.item.created}: Returned when a conversation item is created. There are several scenarios that produce this event: - The server is generating a Response, which if successful will produce either one or two Items, which will be of type {@code message} (role {@code assistant}) or type {@code function_call}. - The input audio buffer has been committed, either by the client or the server (in {@code server_vad} mode). The server will take the content of the input audio buffer and add it to a new user message Item. - The client has sent a {@code conversation.item.create} event to add a new Item to the Conversation.
 *
 * @param type the event type, {@code conversation.item.created}
 * @param eventId The unique ID of the server event.
 * @param previousItemId The ID of the preceding item in the Conversation context, allows the client to understand the order of the conversation.
 * @param item item
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeConversationItemCreatedEvent(String type, String eventId, @Nullable String previousItemId, RealtimeItem item, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeConversationItemCreatedEvent {
		extra = Extras.copy(extra);
	}

}
