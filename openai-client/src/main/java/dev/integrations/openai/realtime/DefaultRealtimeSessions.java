package dev.integrations.openai.realtime;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import dev.integrations.openai.auth.AuthProvider;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.Headers;
import dev.integrations.openai.errors.ApiError;
import dev.integrations.openai.errors.OpenAIApiException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.resilience.ClientHook;
import dev.integrations.openai.resilience.RequestContext;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upgrades to a WebSocket with the client's credentials and hands the connection to a {@link DefaultRealtimeSession}.
 */
final class DefaultRealtimeSessions implements RealtimeSessions {

	static final String OPERATION = "realtime.session";

	private final OpenAIConfig config;

	private final AuthProvider auth;

	private final HttpClient httpClient;

	private final ClientHook hooks;

	private final JsonMapper jsonMapper;

	private final URI baseUri;

	DefaultRealtimeSessions(OpenAIConfig config, AuthProvider auth, HttpClient httpClient, ClientHook hooks,
			JsonMapper jsonMapper) {
		this.config = config;
		this.auth = auth;
		this.httpClient = httpClient;
		this.hooks = hooks;
		this.jsonMapper = jsonMapper;
		this.baseUri = URI.create(config.baseUrl());
	}

	@Override
	public Mono<RealtimeSession> connectAsync(RealtimeSessionOptions options) {
		return Mono.defer(() -> {
			int port = (this.baseUri.getPort() != -1) ? this.baseUri.getPort()
					: ("https".equalsIgnoreCase(this.baseUri.getScheme()) ? 443 : 80);
			RequestContext context = new RequestContext(OPERATION, options.model(), this.config.host(), port, true,
					System.nanoTime());
			this.hooks.onRequestStart(context);
			Duration idle = (options.idleTimeout() != null) ? options.idleTimeout() : this.config.streamIdleTimeout();
			Mono<Void> prepare = this.auth.prepare();
			Duration handshakeTimeout = this.config.responseTimeout();
			return prepare.then(Mono.<RealtimeSession>create((sink) -> {
				AtomicReference<DefaultRealtimeSession> opened = new AtomicReference<>();
				Disposable connection = authenticated()
					.websocket(WebsocketClientSpec.builder()
						.maxFramePayloadLength(this.config.maxInMemorySize())
						.build())
					.uri(uri(options.model()))
					.handle((inbound, outbound) -> {
						DefaultRealtimeSession session = new DefaultRealtimeSession(inbound, outbound, context,
								this.hooks, this.jsonMapper, idle, this.config.maxInMemorySize());
						opened.set(session);
						sink.success(session);
						return session.lifetime();
					})
					.subscribe(null, (error) -> {
						DefaultRealtimeSession session = opened.get();
						if (session != null) {
							session.connectionFailed(error);
						}
						else {
							sink.error(error);
						}
					});
				sink.onCancel(() -> {
					if (opened.get() == null) {
						connection.dispose();
					}
				});
			}))
				.timeout(handshakeTimeout, Mono.error(() -> new OpenAITimeoutException(
						"No Realtime upgrade response from " + this.config.host() + " within " + handshakeTimeout,
						handshakeTimeout, null)))
				.onErrorMap(this::connectFailure)
				.doOnError((error) -> this.hooks.onFailure(context, (OpenAIException) error,
						Duration.ofNanos(System.nanoTime() - context.startNanos())));
		});
	}

	private HttpClient authenticated() {
		org.springframework.http.HttpHeaders springHeaders = new org.springframework.http.HttpHeaders();
		this.config.defaultHeaders().forEach(springHeaders::set);
		springHeaders.set("User-Agent", this.config.userAgent());
		this.auth.authenticate(springHeaders);
		return this.httpClient.headers((headers) -> springHeaders
			.forEach((name, values) -> values.forEach((value) -> headers.add(name, value))));
	}

	private String uri(String model) {
		String scheme = "https".equalsIgnoreCase(this.baseUri.getScheme()) ? "wss" : "ws";
		String base = this.config.baseUrl();
		String path = base.substring(base.indexOf("://") + 3);
		if (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return scheme + "://" + path + "/realtime?model=" + URLEncoder.encode(model, StandardCharsets.UTF_8);
	}

	private OpenAIException connectFailure(Throwable error) {
		if (error instanceof OpenAIException openAI) {
			return openAI;
		}
		if (error instanceof WebSocketClientHandshakeException handshake && handshake.response() != null) {
			int status = handshake.response().status().code();
			org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
			handshake.response().headers().forEach((entry) -> headers.add(entry.getKey(), entry.getValue()));
			ApiError apiError = new ApiError("Realtime WebSocket upgrade refused: HTTP " + status, null, null, null);
			return OpenAIApiException.of(status, apiError, Headers.of(headers.asMultiValueMap()));
		}
		return new OpenAIConnectionException("Cannot open a Realtime session with " + this.config.host() + ": "
				+ error.getClass().getSimpleName(), error);
	}

}
