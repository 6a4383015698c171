package dev.integrations.openai.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.integrations.openai.ratelimit.RateLimitSettings;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.RetrySettings;
import org.jspecify.annotations.Nullable;

/**
 * The settings of an {@link OpenAIConfig} and their defaults: filled, already validated, by one
 * {@link OpenAIConfig.Builder}, and copied into each configuration it builds, which never changes its copy.
 * {@link #toString()} never shows the API key.
 */
final class ConfigValues {

	String baseUrl = OpenAIConfig.DEFAULT_BASE_URL;

	@Nullable String apiKey;

	@Nullable String organization;

	@Nullable String project;

	Duration connectTimeout = Duration.ofSeconds(10);

	Duration responseTimeout = Duration.ofMinutes(10);

	Duration streamIdleTimeout = Duration.ofMinutes(2);

	final Map<String, String> defaultHeaders = new LinkedHashMap<>();

	String userAgent = UserAgent.DEFAULT;

	@Nullable ProxySettings proxy;

	int maxInMemorySize = 16 * 1024 * 1024;

	int maxResponseHeaderSize = 64 * 1024;

	int maxConnections = 1000;

	/** {@code null} for the default, twice {@link #maxConnections} as in Reactor Netty. */
	@Nullable Integer maxPendingAcquires;

	Duration pendingAcquireTimeout = Duration.ofSeconds(10);

	RetrySettings retry = RetrySettings.DEFAULTS;

	CircuitBreakerSettings circuitBreaker = CircuitBreakerSettings.DEFAULTS;

	RateLimitSettings rateLimit = RateLimitSettings.DEFAULTS;

	/** @return the set or default number of calls that may wait for a pooled connection */
	int effectiveMaxPendingAcquires() {
		return (this.maxPendingAcquires != null) ? this.maxPendingAcquires
				: (int) Math.min(Integer.MAX_VALUE, 2L * this.maxConnections);
	}

	/** @return an independent copy */
	ConfigValues copy() {
		ConfigValues copy = new ConfigValues();
		copy.baseUrl = this.baseUrl;
		copy.apiKey = this.apiKey;
		copy.organization = this.organization;
		copy.project = this.project;
		copy.connectTimeout = this.connectTimeout;
		copy.responseTimeout = this.responseTimeout;
		copy.streamIdleTimeout = this.streamIdleTimeout;
		copy.defaultHeaders.putAll(this.defaultHeaders);
		copy.userAgent = this.userAgent;
		copy.proxy = this.proxy;
		copy.maxInMemorySize = this.maxInMemorySize;
		copy.maxResponseHeaderSize = this.maxResponseHeaderSize;
		copy.maxConnections = this.maxConnections;
		copy.maxPendingAcquires = this.maxPendingAcquires;
		copy.pendingAcquireTimeout = this.pendingAcquireTimeout;
		copy.retry = this.retry;
		copy.circuitBreaker = this.circuitBreaker;
		copy.rateLimit = this.rateLimit;
		return copy;
	}

	/** @return every setting, the API key masked and only the names of the default headers */
	@Override
	public String toString() {
		return "baseUrl=" + this.baseUrl + ", apiKey=" + ((this.apiKey != null) ? "******" : null) + ", organization="
				+ this.organization + ", project=" + this.project + ", connectTimeout=" + this.connectTimeout
				+ ", responseTimeout=" + this.responseTimeout + ", streamIdleTimeout=" + this.streamIdleTimeout
				+ ", defaultHeaders=" + this.defaultHeaders.keySet() + ", userAgent=" + this.userAgent + ", proxy="
				+ this.proxy + ", maxInMemorySize=" + this.maxInMemorySize + ", maxResponseHeaderSize="
				+ this.maxResponseHeaderSize + ", maxConnections=" + this.maxConnections + ", maxPendingAcquires="
				+ effectiveMaxPendingAcquires() + ", pendingAcquireTimeout=" + this.pendingAcquireTimeout + ", retry="
				+ this.retry + ", circuitBreaker=" + this.circuitBreaker + ", rateLimit=" + this.rateLimit;
	}

}
