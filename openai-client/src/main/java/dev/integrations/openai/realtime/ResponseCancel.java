package dev.integrations.openai.realtime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * The client event {@code response.cancel}: Cancels an in-progress response; the server answers {@code response.done} with status {@code cancelled}.
 *
 * @param eventId an optional client-generated id, echoed by an {@code error} event this event causes
 * @param responseId the response to cancel, or {@code null} for the default conversation's current one
 */
public record ResponseCancel(@Nullable String eventId, @Nullable String responseId) implements RealtimeClientEvent {

	/** The wire type of this event. */
	public static final String TYPE = "response.cancel";

	/**
	 * Cancels the current response of the default conversation.
	 * @return the event
	 */
	public static ResponseCancel of() {
		return new ResponseCancel(null, null);
	}

	@JsonIgnore
	@Override
	public String type() {
		return TYPE;
	}

}
