package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code response.created}: Returned when a new Response is created. The first event of response creation, where the response is in an initial state of {@code in_progress}.
 *
 * @param type the event type, {@code response.created}
 * @param eventId The unique ID of the server event.
 * @param response response
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponseCreatedEvent(String type, String eventId, RealtimeResponse response, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeResponseCreatedEvent {
		extra = Extras.copy(extra);
	}

}
