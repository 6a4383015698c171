package dev.integrations.openai.transport;

import java.net.URI;
import java.util.function.Function;

import dev.integrations.openai.auth.AuthProvider;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import reactor.core.publisher.Mono;

/**
 * Adds the credentials at the connector, below {@code WebClient}: the {@code Authorization} header is then never
 * part of the {@code ClientRequest} that WebClient filters and request-detail logging see, so it cannot leak into
 * logs even with {@code enableLoggingRequestDetails} at TRACE. Called once per attempt, so rotating keys work; each
 * key sent is handed to the {@link Redactor}, which removes it from whatever the server sends back. The provider's
 * {@link AuthProvider#prepare()} completes first, so that expiring tokens are fetched without blocking the event loop
 * the headers are written on.
 */
final class AuthenticatingConnector implements ClientHttpConnector {

	private final ClientHttpConnector delegate;

	private final AuthProvider authProvider;

	private final Redactor redactor;

	AuthenticatingConnector(ClientHttpConnector delegate, AuthProvider authProvider, Redactor redactor) {
		this.delegate = delegate;
		this.authProvider = authProvider;
		this.redactor = redactor;
	}

	/** What {@link AuthProvider#prepare()} returns by default: {@code Mono.empty()} is one shared instance. */
	private static final Mono<Void> NOTHING_TO_PREPARE = Mono.empty();

	@Override
	public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
			Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
		Mono<Void> prepared = this.authProvider.prepare();
		if (prepared == NOTHING_TO_PREPARE) {
			return authenticatedConnect(method, uri, requestCallback);
		}
		return prepared.then(Mono.defer(() -> authenticatedConnect(method, uri, requestCallback)));
	}

	private Mono<ClientHttpResponse> authenticatedConnect(HttpMethod method, URI uri,
			Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
		return this.delegate.connect(method, uri, (request) -> {
			try {
				this.authProvider.authenticate(request.getHeaders());
			}
			catch (IllegalArgumentException ex) {
				// a supplied key the header checks refuse (their messages never show the value): nothing was sent
				throw new OpenAIValidationException("apiKey", ex.getMessage());
			}
			this.redactor.rememberCredentials(request.getHeaders());
			return requestCallback.apply(request);
		});
	}

}
