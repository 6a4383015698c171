package dev.integrations.openai.realtime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * The client event {@code response.create}: Asks the server to create a response (model inference); the server answers with {@code response.created} ... {@code response.done}.
 *
 * @param eventId an optional client-generated id, echoed by an {@code error} event this event causes
 * @param response the parameters of this response, or {@code null} for the session's defaults
 */
public record ResponseCreate(@Nullable String eventId, @Nullable RealtimeResponseParams response) implements RealtimeClientEvent {

	/** The wire type of this event. */
	public static final String TYPE = "response.create";

	/**
	 * Creates a response with the session's defaults.
	 * @return the event
	 */
	public static ResponseCreate of() {
		return new ResponseCreate(null, null);
	}

	/**
	 * Creates a response with its own parameters.
	 * @param response the parameters, such as {@code RealtimeResponseParams.builder().outputModalities("text").build()}
	 * @return the event
	 */
	public static ResponseCreate of(RealtimeResponseParams response) {
		return new ResponseCreate(null, response);
	}

	@JsonIgnore
	@Override
	public String type() {
		return TYPE;
	}

}
