package dev.integrations.openai.realtime;

import java.time.Instant;

/**
 * The answer of {@code POST /realtime/client_secrets}: an ephemeral key for a browser or mobile app, and the
 * session it configures. {@link #toString()} does not show the key.
 *
 * @param value the ephemeral key, such as {@code ek_68af296e8e408191a1120ab6383263c2}
 * @param expiresAt when it expires, in Unix seconds (see {@link #expiresAtInstant()})
 * @param session the effective session: a {@link RealtimeSessionConfig} or a {@link RealtimeTranscriptionSessionConfig},
 * with its id
 */
public record RealtimeClientSecret(String value, long expiresAt, RealtimeSessionSettings session) {

	/** @return {@link #expiresAt()} as an instant */
	public Instant expiresAtInstant() {
		return Instant.ofEpochSecond(this.expiresAt);
	}

	/** @return the session type, {@code realtime} or {@code transcription} */
	public String sessionType() {
		if (this.session instanceof RealtimeSessionSettings.Unknown unknown) {
			return unknown.type();
		}
		return (this.session instanceof RealtimeTranscriptionSessionConfig) ? "transcription" : "realtime";
	}

	@Override
	public String toString() {
		return "RealtimeClientSecret[value=(hidden), expiresAt=" + this.expiresAt + ", session=" + sessionType() + "]";
	}

}
