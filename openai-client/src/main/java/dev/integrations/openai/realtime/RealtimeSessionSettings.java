package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.integrations.openai.internal.Extras;

/**
 * The configuration of a Realtime session, selected by its {@code type}: a speech-to-speech session
 * ({@link RealtimeSessionConfig}, {@code realtime}), a transcription session
 * ({@link RealtimeTranscriptionSessionConfig}, {@code transcription}), or {@link Unknown} for a type added after
 * the spec. Sent in {@code session.update}, with a client secret or when a call is accepted; read from
 * {@code session.created} and {@code session.updated}, where the server adds the session's {@code id} and
 * {@code expires_at}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = RealtimeSessionSettings.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(RealtimeSessionConfig.class),
		@JsonSubTypes.Type(RealtimeTranscriptionSessionConfig.class) })
public sealed interface RealtimeSessionSettings
		permits RealtimeSessionConfig, RealtimeTranscriptionSessionConfig, RealtimeSessionSettings.Unknown {

	/**
	 * A session type this client does not know, kept as read and written back unchanged.
	 *
	 * @param type the session type
	 * @param fields its other fields
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements RealtimeSessionSettings {

		/** Normalizes the fields. */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
