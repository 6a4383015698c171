package dev.integrations.openai.realtime;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /realtime/translations/client_secrets}: how long the secret lives and the translation
 * session it configures.
 *
 * @param expiresAfter the lifetime, 10 to 7200 seconds from creation (the API's default is 600)
 * @param session the translation session
 */
public record RealtimeTranslationClientSecretRequest(RealtimeClientSecretRequest.@Nullable ExpiresAfter expiresAfter,
		Session session) {

	/**
	 * Checks the session.
	 */
	public RealtimeTranslationClientSecretRequest {
		Validation.required("session", session);
	}

	/**
	 * A secret for a translation session.
	 * @param model the translation model
	 * @param audio the audio settings, or {@code null} for the defaults
	 * @return the request
	 */
	public static RealtimeTranslationClientSecretRequest of(String model, @Nullable RealtimeTranslationAudio audio) {
		return new RealtimeTranslationClientSecretRequest(null, new Session(model, audio));
	}

	/**
	 * The translation session to create ({@code RealtimeTranslationSessionCreateRequest}).
	 *
	 * @param model the translation model
	 * @param audio the audio settings
	 */
	public record Session(String model, @Nullable RealtimeTranslationAudio audio) {

		/**
		 * Checks the model.
		 */
		public Session {
			Validation.notBlank("session.model", model);
		}

	}

}
