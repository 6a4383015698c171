package dev.integrations.openai.realtime;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code rate_limits.updated}: Emitted at the beginning of a Response to indicate the updated rate limits. When a Response is created some tokens will be "reserved" for the output tokens, the rate limits shown here reflect that reservation, which is then adjusted accordingly once the Response is completed.
 *
 * @param type the event type, {@code rate_limits.updated}
 * @param eventId The unique ID of the server event.
 * @param rateLimits List of rate limit information.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeRateLimitsUpdatedEvent(String type, String eventId, List<RealtimeRateLimit> rateLimits, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeRateLimitsUpdatedEvent {
		extra = Extras.copy(extra);
	}

}
