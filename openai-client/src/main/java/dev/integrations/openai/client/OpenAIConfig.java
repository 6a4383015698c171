package dev.integrations.openai.client;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.integrations.openai.auth.HeaderValues;
import dev.integrations.openai.ratelimit.RateLimitSettings;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.RetrySettings;
import org.jspecify.annotations.Nullable;

/**
 * Immutable configuration of an {@link OpenAIClient}: where the API is, who calls it, how long to wait, and how to
 * retry. Build one with {@link #builder()} or {@link #fromEnv()}; {@link #toString()} never shows the API key.
 */
public final class OpenAIConfig {

	/** OpenAI's public API. */
	public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

	/** The settings, in a copy nobody else holds. */
	private final ConfigValues settings;

	private final Map<String, String> defaultHeaders;

	private OpenAIConfig(ConfigValues settings) {
		this.settings = settings.copy();
		this.defaultHeaders = Collections.unmodifiableMap(this.settings.defaultHeaders);
	}

	/**
	 * Starts a configuration with the defaults.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(new ConfigValues());
	}

	/**
	 * Reads {@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL}, {@code OPENAI_ORG_ID} and {@code OPENAI_PROJECT_ID}
	 * from the environment.
	 * @return a builder holding what the environment sets, to adjust further
	 */
	public static Builder fromEnv() {
		return fromEnv(System::getenv);
	}

	static Builder fromEnv(UnaryOperator<@Nullable String> env) {
		return ConfigEnvironment.read(builder(), env);
	}

	/**
	 * Returns a builder initialized from this configuration.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this.settings.copy());
	}

	/** @return the API base URL, without a trailing slash */
	public String baseUrl() {
		return this.settings.baseUrl;
	}

	/** @return the API key, or {@code null} when the server needs none; never log it */
	public @Nullable String apiKey() {
		return this.settings.apiKey;
	}

	/** @return the organization ID sent as {@code OpenAI-Organization} */
	public @Nullable String organization() {
		return this.settings.organization;
	}

	/** @return the project ID sent as {@code OpenAI-Project} */
	public @Nullable String project() {
		return this.settings.project;
	}

	/** @return how long to wait for a TCP (and TLS) connection */
	public Duration connectTimeout() {
		return this.settings.connectTimeout;
	}

	/** @return how long a non-streaming call may take, per attempt, until its whole body arrived */
	public Duration responseTimeout() {
		return this.settings.responseTimeout;
	}

	/** @return how long a stream or download may stay silent: before the response and between two reads of data */
	public Duration streamIdleTimeout() {
		return this.settings.streamIdleTimeout;
	}

	/** @return headers sent with every request, read-only */
	public Map<String, String> defaultHeaders() {
		return this.defaultHeaders;
	}

	/** @return the {@code User-Agent} header value */
	public String userAgent() {
		return this.settings.userAgent;
	}

	/** @return the outbound proxy, if any */
	public @Nullable ProxySettings proxy() {
		return this.settings.proxy;
	}

	/** @return the largest response body, in bytes, buffered in memory before a typed error is raised */
	public int maxInMemorySize() {
		return this.settings.maxInMemorySize;
	}

	/** @return the largest response head (status line and headers), in bytes, the client accepts */
	public int maxResponseHeaderSize() {
		return this.settings.maxResponseHeaderSize;
	}

	/** @return the size of the connection pool (one connection per call in flight or open stream) */
	public int maxConnections() {
		return this.settings.maxConnections;
	}

	/**
	 * @return how many calls may wait for a pooled connection while all {@link #maxConnections()} are in use; one
	 * more fails at once (by default twice {@code maxConnections}, as in Reactor Netty)
	 */
	public int maxPendingAcquires() {
		return this.settings.effectiveMaxPendingAcquires();
	}

	/** @return how long a call may wait for a pooled connection before it fails with a retryable timeout */
	public Duration pendingAcquireTimeout() {
		return this.settings.pendingAcquireTimeout;
	}

	/** @return how failed calls are retried */
	public RetrySettings retry() {
		return this.settings.retry;
	}

	/** @return when the circuit breaker opens */
	public CircuitBreakerSettings circuitBreaker() {
		return this.settings.circuitBreaker;
	}

	/** @return how calls are held back before sending when the server's rate limits say they would not fit */
	public RateLimitSettings rateLimit() {
		return this.settings.rateLimit;
	}

	/**
	 * @return the account the server counts rate limits for: the project, else the organization, else {@code null}
	 */
	public @Nullable String rateLimitAccount() {
		return (this.settings.project != null) ? this.settings.project : this.settings.organization;
	}

	/** @return the host of the base URL, for logs and metrics */
	public String host() {
		String host = URI.create(this.settings.baseUrl).getHost();
		return (host != null) ? host : this.settings.baseUrl;
	}

	/** @return whether the base URL is OpenAI's own API (which always needs a key) */
	public boolean isOpenAIHost() {
		return "api.openai.com".equalsIgnoreCase(host());
	}

	@Override
	public String toString() {
		return "OpenAIConfig[" + this.settings + "]";
	}

	/**
	 * Builds an {@link OpenAIConfig}, validating each setting with a message that names it.
	 */
	public static final class Builder {

		private final ConfigValues values;

		private Builder(ConfigValues values) {
			this.values = values;
		}

		/**
		 * Sets the API base URL, such as {@code https://api.openai.com/v1} or a compatible server's.
		 * @param baseUrl an absolute http(s) URL
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
			this.values.baseUrl = ConfigChecks.baseUrl(baseUrl);
			return this;
		}

		/**
		 * Sets the API key sent as a bearer token.
		 * @param apiKey the key; {@code null} for servers that need none
		 * @return this builder
		 */
		public Builder apiKey(@Nullable String apiKey) {
			this.values.apiKey = (apiKey != null) ? HeaderValues.requireValidSecret("apiKey", apiKey) : null;
			return this;
		}

		/**
		 * Sets the organization sent as {@code OpenAI-Organization}.
		 * @param organization the organization ID, or {@code null}
		 * @return this builder
		 */
		public Builder organization(@Nullable String organization) {
			this.values.organization = (organization != null) ? HeaderValues.requireValidToken("organization", organization)
					: null;
			return this;
		}

		/**
		 * Sets the project sent as {@code OpenAI-Project}.
		 * @param project the project ID, or {@code null}
		 * @return this builder
		 */
		public Builder project(@Nullable String project) {
			this.values.project = (project != null) ? HeaderValues.requireValidToken("project", project) : null;
			return this;
		}

		/**
		 * Sets how long to wait for a connection.
		 * @param connectTimeout a positive duration
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.values.connectTimeout = ConfigChecks.positive("connectTimeout", connectTimeout);
			return this;
		}

		/**
		 * Sets how long a non-streaming call may take per attempt.
		 * @param responseTimeout a positive duration
		 * @return this builder
		 */
		public Builder responseTimeout(Duration responseTimeout) {
			this.values.responseTimeout = ConfigChecks.positive("responseTimeout", responseTimeout);
			return this;
		}

		/**
		 * Sets how long a stream may stay silent before it fails with a timeout.
		 * @param streamIdleTimeout a positive duration
		 * @return this builder
		 */
		public Builder streamIdleTimeout(Duration streamIdleTimeout) {
			this.values.streamIdleTimeout = ConfigChecks.positive("streamIdleTimeout", streamIdleTimeout);
			return this;
		}

		/**
		 * Adds a header sent with every request.
		 * @param name the header name
		 * @param value the header value
		 * @return this builder
		 */
		public Builder defaultHeader(String name, String value) {
			ConfigChecks.headerName(name, value);
			this.values.defaultHeaders.put(name, HeaderValues.requireNoControlCharacters("defaultHeaders." + name, value));
			return this;
		}

		/**
		 * Adds headers sent with every request.
		 * @param headers header names and values
		 * @return this builder
		 */
		public Builder defaultHeaders(Map<String, String> headers) {
			headers.forEach(this::defaultHeader);
			return this;
		}

		/**
		 * Sets the {@code User-Agent}; by default it names this client and the Java version.
		 * @param userAgent the header value
		 * @return this builder
		 */
		public Builder userAgent(String userAgent) {
			this.values.userAgent = HeaderValues.requireNoControlCharacters("userAgent",
					ConfigChecks.notBlank("userAgent", userAgent));
			return this;
		}

		/**
		 * Routes all traffic through a proxy.
		 * @param proxy the proxy, or {@code null} for a direct connection
		 * @return this builder
		 */
		public Builder proxy(@Nullable ProxySettings proxy) {
			this.values.proxy = proxy;
			return this;
		}

		/**
		 * Sets the largest response body buffered in memory; larger bodies fail with a typed error.
		 * @param maxInMemorySize bytes, at least 1 KiB
		 * @return this builder
		 */
		public Builder maxInMemorySize(int maxInMemorySize) {
			this.values.maxInMemorySize = ConfigChecks.atLeast("maxInMemorySize", maxInMemorySize, 1024, " bytes");
			return this;
		}

		/**
		 * Sets the largest response head (status line and headers) accepted, as some proxies send headers larger
		 * than Reactor Netty's default of 8 KiB; larger heads fail the call with a typed error. Applies to the
		 * Reactor Netty connector the builder creates.
		 * @param maxResponseHeaderSize bytes, at least 1 KiB; 64 KiB by default
		 * @return this builder
		 */
		public Builder maxResponseHeaderSize(int maxResponseHeaderSize) {
			this.values.maxResponseHeaderSize = ConfigChecks.atLeast("maxResponseHeaderSize", maxResponseHeaderSize, 1024,
					" bytes");
			return this;
		}

		/**
		 * Sets the connection pool size.
		 * @param maxConnections at least 1
		 * @return this builder
		 */
		public Builder maxConnections(int maxConnections) {
			this.values.maxConnections = ConfigChecks.atLeast("maxConnections", maxConnections, 1, "");
			return this;
		}

		/**
		 * Bounds the calls waiting for a pooled connection while all are in use; past it a call fails at once with an
		 * {@link dev.integrations.openai.errors.OpenAIConnectionException} instead of queueing without end.
		 * @param maxPendingAcquires at least 1; by default twice {@code maxConnections}
		 * @return this builder
		 */
		public Builder maxPendingAcquires(int maxPendingAcquires) {
			this.values.maxPendingAcquires = ConfigChecks.atLeast("maxPendingAcquires", maxPendingAcquires, 1, "");
			return this;
		}

		/**
		 * Sets how long a call may wait for a pooled connection; past it the attempt fails with a retryable
		 * {@link dev.integrations.openai.errors.OpenAITimeoutException}.
		 * @param pendingAcquireTimeout a positive duration; 10 s by default
		 * @return this builder
		 */
		public Builder pendingAcquireTimeout(Duration pendingAcquireTimeout) {
			this.values.pendingAcquireTimeout = ConfigChecks.positive("pendingAcquireTimeout", pendingAcquireTimeout);
			return this;
		}

		/**
		 * Sets how failed calls are retried.
		 * @param retry the retry settings
		 * @return this builder
		 */
		public Builder retry(RetrySettings retry) {
			this.values.retry = ConfigChecks.required("retry", retry);
			return this;
		}

		/**
		 * Sets up the circuit breaker.
		 * @param circuitBreaker the circuit breaker settings
		 * @return this builder
		 */
		public Builder circuitBreaker(CircuitBreakerSettings circuitBreaker) {
			this.values.circuitBreaker = ConfigChecks.required("circuitBreaker", circuitBreaker);
			return this;
		}

		/**
		 * Sets up proactive rate limiting: mode ({@code wait}, {@code fail}, {@code off}), maximum wait and the
		 * default output-token estimate.
		 * @param rateLimit the rate-limit settings; {@link RateLimitSettings#DEFAULTS} by default
		 * @return this builder
		 */
		public Builder rateLimit(RateLimitSettings rateLimit) {
			this.values.rateLimit = ConfigChecks.required("rateLimit", rateLimit);
			return this;
		}

		/**
		 * Builds the immutable configuration.
		 * @return the configuration
		 */
		public OpenAIConfig build() {
			return new OpenAIConfig(this.values);
		}

	}

}
