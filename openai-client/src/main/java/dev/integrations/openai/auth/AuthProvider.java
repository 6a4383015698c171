package dev.integrations.openai.auth;

import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

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
	 * Readies the credentials of the next attempt without blocking, before {@link #authenticate} runs on the
	 * connection's event loop; a provider whose credentials expire (such as {@link TokenAuthProvider}) fetches them
	 * here. The default has nothing to ready and returns {@link Mono#empty()}, which the transport skips.
	 * @return completes when {@link #authenticate} can add the headers without waiting
	 */
	default Mono<Void> prepare() {
		return Mono.empty();
	}

	/**
	 * An auth provider that adds nothing, for OpenAI-compatible servers that need no key.
	 * @return the provider
	 */
	static AuthProvider none() {
		return NoAuthProvider.INSTANCE;
	}

}
