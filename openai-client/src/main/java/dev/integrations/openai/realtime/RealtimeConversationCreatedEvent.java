package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code conversation.created}: Returned when a conversation is created. Emitted right after session creation.
 *
 * @param type the event type, {@code conversation.created}
 * @param eventId The unique ID of the server event.
 * @param conversation The conversation resource.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeConversationCreatedEvent(String type, String eventId, Map<String, Object> conversation, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeConversationCreatedEvent {
		extra = Extras.copy(extra);
	}

}
