package dev.integrations.openai.realtime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The client event {@code session.update}: Updates the session configuration (instructions, voice, audio formats, turn detection, tools); the server answers {@code session.updated}.
 *
 * @param eventId an optional client-generated id, echoed by an {@code error} event this event causes
 * @param session the settings to change: a {@link RealtimeSessionConfig} or a {@link RealtimeTranscriptionSessionConfig}
 */
public record SessionUpdate(@Nullable String eventId, RealtimeSessionSettings session) implements RealtimeClientEvent {

	/** The wire type of this event. */
	public static final String TYPE = "session.update";

	/** Checks the required fields. */
	public SessionUpdate {
		Validation.required("session", session);
	}

	/**
	 * Updates the session.
	 * @param session the session configuration, such as {@code Map.of("type", "realtime", "instructions", "Be brief.")}
	 * @return the event
	 */
	public static SessionUpdate of(RealtimeSessionSettings session) {
		return new SessionUpdate(null, session);
	}

	@JsonIgnore
	@Override
	public String type() {
		return TYPE;
	}

}
