package dev.integrations.openai.realtime;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of the beta-era {@code POST /realtime/sessions} and {@code POST /realtime/transcription_sessions}: the
 * session as the API configured it, kept as JSON (its shape follows the beta interface), and the ephemeral key in
 * {@code client_secret}. {@link #toString()} does not show the key.
 *
 * @param json the session object as received
 */
public record RealtimeEphemeralSession(@JsonValue JsonNode json) {

	/**
	 * Reads the session.
	 * @param json the session object
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public RealtimeEphemeralSession {
		Validation.required("json", json);
	}

	/** @return the session ID, such as {@code sess_001} */
	public @Nullable String id() {
		return text("id");
	}

	/** @return {@code realtime.session} or {@code realtime.transcription_session} */
	public @Nullable String object() {
		return text("object");
	}

	/** @return the ephemeral key, when the API issued one */
	public @Nullable ClientSecret clientSecret() {
		JsonNode secret = this.json.path("client_secret");
		if (!secret.isObject() || !secret.path("value").isString()) {
			return null;
		}
		return new ClientSecret(secret.path("value").asString(), secret.path("expires_at").asLong(0));
	}

	private @Nullable String text(String field) {
		JsonNode value = this.json.path(field);
		return value.isString() ? value.asString() : null;
	}

	@Override
	public String toString() {
		return "RealtimeEphemeralSession[id=" + id() + ", object=" + object() + "]";
	}

	/**
	 * An ephemeral key for a browser or mobile app.
	 *
	 * @param value the key, such as {@code ek_abc123}
	 * @param expiresAt when it expires, in Unix seconds
	 */
	public record ClientSecret(String value, long expiresAt) {

		/** @return {@link #expiresAt()} as an instant */
		public Instant expiresAtInstant() {
			return Instant.ofEpochSecond(this.expiresAt);
		}

		@Override
		public String toString() {
			return "ClientSecret[value=(hidden), expiresAt=" + this.expiresAt + "]";
		}

	}

}
