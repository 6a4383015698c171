package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code session.created}: Returned when a Session is created. Emitted automatically when a new connection is established as the first server event. This event will contain the default Session configuration.
 *
 * @param type the event type, {@code session.created}
 * @param eventId The unique ID of the server event.
 * @param session The session configuration.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeSessionCreatedEvent(String type, String eventId, RealtimeSessionSettings session, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeSessionCreatedEvent {
		extra = Extras.copy(extra);
	}

}
