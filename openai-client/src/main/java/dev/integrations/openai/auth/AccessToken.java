package dev.integrations.openai.auth;

import java.time.Instant;

/**
 * A bearer token and the moment it expires, as a {@link TokenSupplier} hands it out (for example a Microsoft Entra
 * ID token for Azure OpenAI). {@link #toString()} never shows the token.
 *
 * @param token the token sent as {@code Authorization: Bearer <token>}
 * @param expiresAt when the token stops being accepted
 */
public record AccessToken(String token, Instant expiresAt) {

	/**
	 * Validates the token.
	 * @throws IllegalArgumentException if the token is blank or contains whitespace or control characters
	 */
	public AccessToken {
		HeaderValues.requireValidSecret("token", token);
		if (expiresAt == null) {
			throw new IllegalArgumentException("expiresAt must not be null");
		}
	}

	@Override
	public String toString() {
		return "AccessToken[token=******, expiresAt=" + this.expiresAt + "]";
	}

}
