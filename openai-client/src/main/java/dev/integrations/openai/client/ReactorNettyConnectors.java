package dev.integrations.openai.client;

import java.time.Duration;
import java.util.function.UnaryOperator;

import io.netty.channel.ChannelOption;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.transport.ProxyProvider;

/**
 * Builds the Reactor Netty connector from an {@link OpenAIConfig}: its own connection pool (sized by
 * {@code maxConnections}, with at most {@code maxPendingAcquires} calls waiting up to {@code pendingAcquireTimeout}
 * for a connection, idle connections evicted before OpenAI's load balancers drop them), the connect timeout, gzip
 * ({@code Accept-Encoding: gzip}, bodies decoded), the largest response head, the proxy, then the caller's
 * adjustments (TLS, for example). Redirects are never followed (Reactor Netty's default): a 3xx is an error. The pool
 * reports its figures to a
 * {@link PoolMetricsRegistrar}. Event loops are Reactor Netty's shared ones: no thread is created per client or call.
 */
final class ReactorNettyConnectors {

	private static final Duration MAX_IDLE = Duration.ofSeconds(30);

	private ReactorNettyConnectors() {
	}

	static ConnectionProvider connectionProvider(OpenAIConfig config, PoolMetricsRegistrar metrics) {
		return ConnectionProvider.builder("openai")
			.metrics(true, () -> metrics)
			.maxConnections(config.maxConnections())
			.pendingAcquireMaxCount(config.maxPendingAcquires())
			.pendingAcquireTimeout(config.pendingAcquireTimeout())
			.maxIdleTime(MAX_IDLE)
			.evictInBackground(MAX_IDLE)
			.build();
	}

	static ReactorClientHttpConnector connector(OpenAIConfig config, ConnectionProvider provider,
			UnaryOperator<HttpClient> customizer) {
		HttpClient httpClient = HttpClient.create(provider)
			.compress(true)
			.httpResponseDecoder((decoder) -> decoder.maxHeaderSize(config.maxResponseHeaderSize()));
		return new ReactorClientHttpConnector(customizer.apply(withConnectTimeoutAndProxy(httpClient, config)));
	}

	/**
	 * The client of Realtime WebSocket sessions: the same connect timeout, proxy and adjustments (TLS) as the HTTP
	 * connector, but a new connection per session outside the pool, so that long-lived sessions never hold the
	 * pool's connections.
	 */
	static HttpClient webSocketClient(OpenAIConfig config, UnaryOperator<HttpClient> customizer) {
		HttpClient httpClient = HttpClient.newConnection()
			.httpResponseDecoder((decoder) -> decoder.maxHeaderSize(config.maxResponseHeaderSize()));
		return customizer.apply(withConnectTimeoutAndProxy(httpClient, config));
	}

	private static HttpClient withConnectTimeoutAndProxy(HttpClient client, OpenAIConfig config) {
		HttpClient httpClient = client.option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
				(int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis()));
		ProxySettings proxy = config.proxy();
		if (proxy != null) {
			httpClient = httpClient.proxy((spec) -> {
				ProxyProvider.Builder builder = spec
					.type((proxy.type() == ProxySettings.Type.SOCKS5) ? ProxyProvider.Proxy.SOCKS5
							: ProxyProvider.Proxy.HTTP)
					.host(proxy.host())
					.port(proxy.port())
					.connectTimeoutMillis(config.connectTimeout().toMillis());
				if (proxy.username() != null) {
					builder.username(proxy.username()).password((user) -> proxy.password());
				}
				if (proxy.nonProxyHosts() != null) {
					builder.nonProxyHosts(proxy.nonProxyHosts());
				}
			});
		}
		return httpClient;
	}

}
