package dev.integrations.openai.auth;

import org.springframework.http.HttpHeaders;

/**
 * Sends no credentials.
 */
enum NoAuthProvider implements AuthProvider {

	INSTANCE;

	@Override
	public void authenticate(HttpHeaders headers) {
	}

	@Override
	public String toString() {
		return "NoAuthProvider";
	}

}
