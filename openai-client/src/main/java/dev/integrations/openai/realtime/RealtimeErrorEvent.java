package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code error}: Returned when an error occurs, which could be a client problem or a server problem. Most errors are recoverable and the session will stay open, we recommend to implementors to monitor and log error messages by default.
 *
 * @param type the event type, {@code error}
 * @param eventId The unique ID of the server event.
 * @param error Details of the error.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeErrorEvent(String type, String eventId, RealtimeError error, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeErrorEvent {
		extra = Extras.copy(extra);
	}

}
