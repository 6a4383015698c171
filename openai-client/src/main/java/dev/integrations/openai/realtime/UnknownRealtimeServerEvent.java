package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * A server event of a type this client does not know yet; it keeps every field of the JSON as read, so a caller can
 * still handle it (or log it).
 *
 * @param type the event type
 * @param fields every other field of the event, as read
 */
public record UnknownRealtimeServerEvent(String type, @JsonAnySetter @JsonAnyGetter Map<String, Object> fields)
		implements RealtimeServerEvent {

	/** Normalizes the fields. */
	public UnknownRealtimeServerEvent {
		fields = Extras.copy(fields);
	}

}
