package dev.integrations.openai.realtime;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /realtime/client_secrets}: how long the secret lives and the session it configures.
 *
 * @param expiresAfter the lifetime, 10 to 7200 seconds from creation (the API's default is 600)
 * @param session a {@link RealtimeSessionConfig} or a {@link RealtimeTranscriptionSessionConfig}
 */
public record RealtimeClientSecretRequest(@Nullable ExpiresAfter expiresAfter, @Nullable RealtimeSessionSettings session) {

	/**
	 * A client secret for a Realtime or transcription session.
	 * @param session the session configuration
	 * @return the request
	 */
	public static RealtimeClientSecretRequest of(RealtimeSessionSettings session) {
		return new RealtimeClientSecretRequest(null, Validation.required("session", session));
	}

	/**
	 * Returns a copy whose secret expires some seconds after creation.
	 * @param seconds 10 to 7200
	 * @return the request
	 */
	public RealtimeClientSecretRequest expiringAfter(long seconds) {
		return new RealtimeClientSecretRequest(new ExpiresAfter("created_at", seconds), this.session);
	}

	/**
	 * When the secret expires ({@code expires_after}).
	 *
	 * @param anchor always {@code created_at}
	 * @param seconds the lifetime after the anchor, 10 to 7200
	 */
	public record ExpiresAfter(@Nullable String anchor, @Nullable Long seconds) {

		/**
		 * Checks the lifetime.
		 */
		public ExpiresAfter {
			Validation.range("expires_after.seconds", seconds, 10, 7200);
		}

	}

}
