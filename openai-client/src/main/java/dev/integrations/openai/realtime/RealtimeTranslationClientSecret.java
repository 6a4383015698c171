package dev.integrations.openai.realtime;

import java.time.Instant;

/**
 * The answer of {@code POST /realtime/translations/client_secrets}: an ephemeral key and the translation session it
 * configures. {@link #toString()} does not show the key.
 *
 * @param value the ephemeral key, such as {@code ek_1234}
 * @param expiresAt when it expires, in Unix seconds (see {@link #expiresAtInstant()})
 * @param session the effective translation session
 */
public record RealtimeTranslationClientSecret(String value, long expiresAt, Session session) {

	/** @return {@link #expiresAt()} as an instant */
	public Instant expiresAtInstant() {
		return Instant.ofEpochSecond(this.expiresAt);
	}

	@Override
	public String toString() {
		return "RealtimeTranslationClientSecret[value=(hidden), expiresAt=" + this.expiresAt + ", session="
				+ this.session.id() + "]";
	}

	/**
	 * A translation session ({@code RealtimeTranslationSession}).
	 *
	 * @param id the session ID
	 * @param type always {@code translation}
	 * @param expiresAt when the session expires, in Unix seconds
	 * @param model the translation model
	 * @param audio the audio settings
	 */
	public record Session(String id, String type, long expiresAt, String model, RealtimeTranslationAudio audio) {

		/** @return {@link #expiresAt()} as an instant */
		public Instant expiresAtInstant() {
			return Instant.ofEpochSecond(this.expiresAt);
		}

	}

}
