package dev.integrations.openai.auth;

import org.springframework.http.HttpHeaders;

/**
 * Authenticates each outgoing request by adding headers. Called once per attempt, so an implementation may rotate
 * credentials between calls. Implementations must be thread-safe and must never expose secrets in
 * {@code toString()}.
 */
@FunctionalInterface
public interface AuthProvider {

	/**
	 * Adds the authentication headers of one request attempt.
	 * @param headers the request headers, to add to
	 */
	void authenticate(HttpHeaders headers);

	/**
	 * An auth provider that adds nothing, for OpenAI-compatible servers that need no key.
	 * @return the provider
	 */
	static AuthProvider none() {
		return NoAuthProvider.INSTANCE;
	}

}
