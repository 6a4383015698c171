package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code session.updated}: Returned when a session is updated with a {@code session.update} event, unless there is an error.
 *
 * @param type the event type, {@code session.updated}
 * @param eventId The unique ID of the server event.
 * @param session The session configuration.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeSessionUpdatedEvent(String type, String eventId, RealtimeSessionSettings session, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeSessionUpdatedEvent {
		extra = Extras.copy(extra);
	}

}
