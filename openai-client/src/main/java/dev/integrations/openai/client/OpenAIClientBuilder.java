package dev.integrations.openai.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import dev.integrations.openai.auth.ApiKeyAuthProvider;
import dev.integrations.openai.auth.AuthProvider;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.ratelimit.LocalRateLimitStore;
import dev.integrations.openai.ratelimit.RateLimitStore;
import dev.integrations.openai.ratelimit.RateLimiter;
import dev.integrations.openai.realtime.RealtimeSessions;
import dev.integrations.openai.resilience.ClientHook;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.transport.ApiRequest;
import dev.integrations.openai.transport.HttpTransport;
import dev.integrations.openai.transport.OpenAIJson;
import dev.integrations.openai.transport.WebClientTransports;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds an {@link OpenAIClient}. Only the configuration is required; everything else has a default: an
 * {@link ApiKeyAuthProvider} from the configured key, organization and project; a Reactor Netty connector with its
 * own pool; a resilience orchestrator from the configured retry and circuit breaker settings.
 */
public final class OpenAIClientBuilder {

	private static final Log logger = LogFactory.getLog(OpenAIClientBuilder.class);

	private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

	private @Nullable OpenAIConfig config;

	private @Nullable AuthProvider authProvider;

	private WebClient.Builder webClientBuilder = WebClient.builder();

	private @Nullable ClientHttpConnector connector;

	private @Nullable UnaryOperator<HttpClient> httpClientCustomizer;

	private @Nullable ResilienceOrchestrator orchestrator;

	private @Nullable RateLimitStore rateLimitStore;

	private final List<ClientHook> hooks = new ArrayList<>();

	private JsonMapper jsonMapper = OpenAIJson.mapper();

	private @Nullable UnaryOperator<ApiRequest> requestCustomizer;

	OpenAIClientBuilder() {
	}

	/**
	 * Sets the configuration (required).
	 * @param config the configuration
	 * @return this builder
	 */
	public OpenAIClientBuilder config(OpenAIConfig config) {
		this.config = config;
		return this;
	}

	/**
	 * Replaces the default API-key authentication, for example with rotating keys or a gateway's scheme.
	 * @param authProvider the auth provider
	 * @return this builder
	 */
	public OpenAIClientBuilder authProvider(AuthProvider authProvider) {
		this.authProvider = authProvider;
		return this;
	}

	/**
	 * Starts from a caller's {@link WebClient.Builder} (cloned, never changed), so that its filters, customizers
	 * and observation registry apply. The client's own headers ({@code User-Agent}, {@code Accept},
	 * {@code Content-Type}, the configured default headers and the credentials) are written onto the outgoing request
	 * after the filters ran: filters do not see them, and they win over the builder's default headers.
	 * @param webClientBuilder the builder
	 * @return this builder
	 */
	public OpenAIClientBuilder webClientBuilder(WebClient.Builder webClientBuilder) {
		this.webClientBuilder = webClientBuilder;
		return this;
	}

	/**
	 * Uses a caller's HTTP connector instead of the one built from the configuration. The connect timeout, proxy
	 * and pool size of the configuration are then the connector's business. Realtime WebSocket sessions cannot use
	 * it: they connect with the configuration's connect timeout and proxy, without the connector's TLS settings.
	 * @param connector the connector
	 * @return this builder
	 */
	public OpenAIClientBuilder clientConnector(ClientHttpConnector connector) {
		this.connector = connector;
		return this;
	}

	/**
	 * Adjusts the Reactor Netty {@link HttpClient} of the connector this builder creates, after its pool, connect
	 * timeout and proxy are set: TLS ({@code secure(...)}), wiretap, resolver and any other Netty-level setting.
	 * It adjusts the client of Realtime WebSocket sessions too ({@link OpenAIClient#realtimeSessions()}).
	 * Several customizers apply in the order they were added. Cannot be combined with {@link #clientConnector}.
	 * @param customizer returns the adjusted client (Reactor Netty clients are immutable)
	 * @return this builder
	 */
	public OpenAIClientBuilder httpClientCustomizer(UnaryOperator<HttpClient> customizer) {
		UnaryOperator<HttpClient> previous = this.httpClientCustomizer;
		this.httpClientCustomizer = (previous != null) ? (client) -> customizer.apply(previous.apply(client))
				: customizer;
		return this;
	}

	/**
	 * Uses a caller's orchestrator instead of one built from the configuration and {@link #hook hooks}.
	 * @param orchestrator the orchestrator
	 * @return this builder
	 */
	public OpenAIClientBuilder orchestrator(ResilienceOrchestrator orchestrator) {
		this.orchestrator = orchestrator;
		return this;
	}

	/**
	 * Keeps the rate-limit budgets of the orchestrator built from the configuration in a store of the caller's, such
	 * as one shared by several clients or instances; by default each client has its own {@link LocalRateLimitStore}.
	 * @param rateLimitStore the store
	 * @return this builder
	 */
	public OpenAIClientBuilder rateLimitStore(RateLimitStore rateLimitStore) {
		this.rateLimitStore = rateLimitStore;
		return this;
	}

	/**
	 * Adds a monitoring hook to the orchestrator built from the configuration.
	 * @param hook the hook
	 * @return this builder
	 */
	public OpenAIClientBuilder hook(ClientHook hook) {
		this.hooks.add(hook);
		return this;
	}

	/**
	 * Replaces the JSON mapper; derive it from {@link OpenAIJson#builder()} to keep the wire conventions.
	 * @param jsonMapper the mapper
	 * @return this builder
	 */
	public OpenAIClientBuilder jsonMapper(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
		return this;
	}

	/**
	 * Rewrites every request before each attempt is sent: routing (such as
	 * {@link dev.integrations.openai.azure.AzureOpenAIRouting}), or fields, query parameters and headers a server
	 * accepts beyond OpenAI's API ({@link RequestExtras}). Several customizers apply in the order they were added.
	 * @param customizer returns the request to send, derived with {@link ApiRequest#toBuilder()}
	 * @return this builder
	 */
	public OpenAIClientBuilder requestCustomizer(UnaryOperator<ApiRequest> customizer) {
		UnaryOperator<ApiRequest> previous = this.requestCustomizer;
		this.requestCustomizer = (previous != null) ? (request) -> customizer.apply(previous.apply(request))
				: customizer;
		return this;
	}

	/**
	 * Builds the client.
	 * @return the client
	 * @throws IllegalStateException if no configuration was set, no API key while the base URL is OpenAI's, or both
	 * a client connector and an HTTP client customizer were set
	 */
	public OpenAIClient build() {
		OpenAIConfig config = this.config;
		if (config == null) {
			throw new IllegalStateException("config is required: use OpenAIConfig.fromEnv() or OpenAIConfig.builder()");
		}
		if (this.connector != null && this.httpClientCustomizer != null) {
			throw new IllegalStateException("httpClientCustomizer adjusts the connector this builder creates: it cannot"
					+ " apply to a caller's clientConnector; configure that connector's HttpClient instead");
		}
		AuthProvider auth = (this.authProvider != null) ? this.authProvider : defaultAuthProvider(config);
		warnIfPlainHttp(config);
		ConnectionProvider pool = null;
		PoolMetricsRegistrar poolMetrics = null;
		ClientHttpConnector connector = this.connector;
		if (connector == null) {
			poolMetrics = new PoolMetricsRegistrar();
			pool = ReactorNettyConnectors.connectionProvider(config, poolMetrics);
			UnaryOperator<HttpClient> customizer = (this.httpClientCustomizer != null) ? this.httpClientCustomizer
					: UnaryOperator.identity();
			connector = ReactorNettyConnectors.connector(config, pool, customizer);
		}
		ResilienceOrchestrator orchestrator = (this.orchestrator != null) ? this.orchestrator : defaultOrchestrator(config);
		HttpTransport transport = WebClientTransports.create(this.webClientBuilder, connector, config, auth,
				this.jsonMapper);
		if (this.requestCustomizer != null) {
			transport = new CustomizingTransport(transport, this.requestCustomizer);
		}
		URI baseUrl = URI.create(config.baseUrl());
		int port = (baseUrl.getPort() != -1) ? baseUrl.getPort() : ("https".equals(baseUrl.getScheme()) ? 443 : 80);
		ApiExecutor executor = new ApiExecutor(transport, orchestrator, config.host(), port);
		ConnectionProvider ownedPool = pool;
		UnaryOperator<HttpClient> webSocketCustomizer = (this.httpClientCustomizer != null) ? this.httpClientCustomizer
				: UnaryOperator.identity();
		RealtimeSessions realtimeSessions = RealtimeSessions.create(config, auth,
				ReactorNettyConnectors.webSocketClient(config, webSocketCustomizer), orchestrator.hooks(),
				this.jsonMapper);
		return new DefaultOpenAIClient(config, executor, poolMetrics, realtimeSessions, () -> {
			if (ownedPool != null) {
				ownedPool.dispose();
			}
		});
	}

	private ResilienceOrchestrator defaultOrchestrator(OpenAIConfig config) {
		ResilienceOrchestrator.Builder builder = ResilienceOrchestrator.builder()
			.retry(config.retry())
			.circuitBreaker(config.circuitBreaker())
			.rateLimiter(RateLimiter.of(config.rateLimit(),
					(this.rateLimitStore != null) ? this.rateLimitStore : new LocalRateLimitStore(), "default",
					config.rateLimitAccount()));
		this.hooks.forEach(builder::hook);
		return builder.build();
	}

	private static AuthProvider defaultAuthProvider(OpenAIConfig config) {
		String apiKey = config.apiKey();
		if (apiKey == null) {
			if (config.isOpenAIHost()) {
				throw new IllegalStateException(
						"No OpenAI API key: set apiKey in OpenAIConfig or the OPENAI_API_KEY environment variable");
			}
			return AuthProvider.none();
		}
		return ApiKeyAuthProvider.of(apiKey).withOrganization(config.organization()).withProject(config.project());
	}

	private static void warnIfPlainHttp(OpenAIConfig config) {
		URI baseUrl = URI.create(config.baseUrl());
		if ("http".equalsIgnoreCase(baseUrl.getScheme()) && !isLoopback(baseUrl.getHost())) {
			logger.warn("OpenAI base URL " + config.baseUrl()
					+ " uses plain HTTP to a non-loopback host: the API key and prompts travel unencrypted");
		}
	}

	/**
	 * Whether a URL host is {@code localhost} or a loopback IP literal. Only literals are parsed, never resolved, so
	 * that a name such as {@code 127.example.com} is not mistaken for the loopback interface.
	 */
	private static boolean isLoopback(String host) {
		if ("localhost".equalsIgnoreCase(host)) {
			return true;
		}
		if (IPV4_LOOPBACK.matcher(host).matches()) {
			return true;
		}
		if (host.startsWith("[") && host.endsWith("]")) {
			try {
				return InetAddress.getByName(host.substring(1, host.length() - 1)).isLoopbackAddress();
			}
			catch (UnknownHostException ex) {
				return false;
			}
		}
		return false;
	}

}
