package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code response.done}: Returned when a Response is done streaming. Always emitted, no matter the final state. The Response object included in the {@code response.done} event will include all output Items in the Response but will omit the raw audio data. Clients should check the {@code status} field of the Response to determine if it was successful ({@code completed}) or if there was another outcome: {@code cancelled}, {@code failed}, or {@code incomplete}. A response will contain all output items that were generated during the response, excluding any audio content.
 *
 * @param type the event type, {@code response.done}
 * @param eventId The unique ID of the server event.
 * @param response response
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponseDoneEvent(String type, String eventId, RealtimeResponse response, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeResponseDoneEvent {
		extra = Extras.copy(extra);
	}

}
