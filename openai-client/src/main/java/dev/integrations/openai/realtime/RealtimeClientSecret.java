package dev.integrations.openai.realtime;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code POST /realtime/client_secrets}: an ephemeral key for a browser or mobile app, and the
 * session it configures. {@link #toString()} does not show the key.
 *
 * @param value the ephemeral key, such as {@code ek_68af296e8e408191a1120ab6383263c2}
 * @param expiresAt when it expires, in Unix seconds (see {@link #expiresAtInstant()})
 * @param session the effective session: {@code {"type": "realtime", ...}} or {@code {"type": "transcription", ...}}
 */
public record RealtimeClientSecret(String value, long expiresAt, JsonNode session) {

	/** @return {@link #expiresAt()} as an instant */
	public Instant expiresAtInstant() {
		return Instant.ofEpochSecond(this.expiresAt);
	}

	/** @return the session type, {@code realtime} or {@code transcription} */
	public String sessionType() {
		return this.session.path("type").asString("");
	}

	@Override
	public String toString() {
		return "RealtimeClientSecret[value=(hidden), expiresAt=" + this.expiresAt + ", session=" + sessionType() + "]";
	}

}
