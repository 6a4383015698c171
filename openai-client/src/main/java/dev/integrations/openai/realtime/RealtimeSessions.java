package dev.integrations.openai.realtime;

import dev.integrations.openai.auth.AuthProvider;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.resilience.ClientHook;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens Realtime sessions over WebSocket ({@code wss://…/v1/realtime?model=…}, the scheme derived from the base URL:
 * {@code https} gives {@code wss}, {@code http} gives {@code ws}) with the client's credentials
 * ({@link AuthProvider}, on the upgrade request), default headers, proxy, TLS, connect timeout and hooks. Get it
 * from {@link dev.integrations.openai.client.OpenAIClient#realtimeSessions()}.
 */
public interface RealtimeSessions {

	/**
	 * Connects a session; the returned session is open (the upgrade succeeded).
	 * @param options the model and timeouts
	 * @return the session, or an error: an {@link dev.integrations.openai.errors.OpenAIApiException} subclass when
	 * the server refused the upgrade with an HTTP status (401 gives an {@code AuthenticationException}), an
	 * {@link dev.integrations.openai.errors.OpenAIConnectionException} when it could not be reached, an
	 * {@link dev.integrations.openai.errors.OpenAITimeoutException} when the upgrade got no answer within the
	 * client's response timeout
	 */
	Mono<RealtimeSession> connectAsync(RealtimeSessionOptions options);

	/**
	 * Connects a session, waiting for the upgrade; close it when done (try-with-resources).
	 * @param options the model and timeouts
	 * @return the open session
	 * @throws dev.integrations.openai.errors.OpenAIException as {@link #connectAsync} signals it
	 */
	default RealtimeSession connect(RealtimeSessionOptions options) {
		RealtimeSession session = connectAsync(options).block();
		if (session == null) {
			throw new IllegalStateException("Realtime connection ended without a session");
		}
		return session;
	}

	/**
	 * Connects a session with a model and the client's timeouts.
	 * @param model the Realtime model, such as {@code gpt-realtime}
	 * @return the open session
	 */
	default RealtimeSession connect(String model) {
		return connect(RealtimeSessionOptions.of(model));
	}

	/**
	 * Creates the connector; {@link dev.integrations.openai.client.OpenAIClientBuilder} does this for each client.
	 * @param config the client configuration (base URL, headers, user agent, idle timeout)
	 * @param auth the credentials of the upgrade request
	 * @param httpClient the Reactor Netty client (proxy, TLS, connect timeout) to upgrade with
	 * @param hooks the hooks reporting each session and its events
	 * @param jsonMapper the mapper of the events
	 * @return the connector
	 */
	static RealtimeSessions create(OpenAIConfig config, AuthProvider auth, HttpClient httpClient, ClientHook hooks,
			JsonMapper jsonMapper) {
		return new DefaultRealtimeSessions(config, auth, httpClient, hooks, jsonMapper);
	}

}
