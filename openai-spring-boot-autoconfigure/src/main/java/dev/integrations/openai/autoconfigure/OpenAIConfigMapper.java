package dev.integrations.openai.autoconfigure;

import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.client.ProxySettings;
import dev.integrations.openai.ratelimit.RateLimitSettings;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.RetrySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Maps {@link OpenAIProperties} and {@link OpenAIConnectionDetails} to an {@link OpenAIConfig.Builder}; the
 * builder validates every value and names the offending setting.
 */
final class OpenAIConfigMapper {

	private OpenAIConfigMapper() {
	}

	static OpenAIConfig.Builder toBuilder(OpenAIProperties properties, OpenAIConnectionDetails connection) {
		OpenAIConfig.Builder builder = OpenAIConfig.builder()
			.baseUrl(connection.getBaseUrl())
			.apiKey(connection.getApiKey())
			.organization(connection.getOrganization())
			.project(connection.getProject())
			.connectTimeout(properties.getConnectTimeout())
			.responseTimeout(properties.getResponseTimeout())
			.streamIdleTimeout(properties.getStreamIdleTimeout())
			.defaultHeaders(properties.getDefaultHeaders())
			.maxInMemorySize(bytes("maxInMemorySize", properties.getMaxInMemorySize()))
			.maxResponseHeaderSize(bytes("maxResponseHeaderSize", properties.getMaxResponseHeaderSize()))
			.maxConnections(properties.getMaxConnections())
			.pendingAcquireTimeout(properties.getPendingAcquireTimeout())
			.retry(retry(properties.getRetry()))
			.circuitBreaker(circuitBreaker(properties.getCircuitBreaker()))
			.rateLimit(rateLimit(properties.getRateLimit()));
		if (properties.getMaxPendingAcquires() != null) {
			builder.maxPendingAcquires(properties.getMaxPendingAcquires());
		}
		if (StringUtils.hasText(properties.getUserAgent())) {
			builder.userAgent(properties.getUserAgent());
		}
		OpenAIProxyProperties proxy = properties.getProxy();
		if (StringUtils.hasText(proxy.getHost())) {
			builder.proxy(proxy(proxy, proxy.getHost()));
		}
		return builder;
	}

	private static int bytes(String name, DataSize size) {
		long bytes = size.toBytes();
		if (bytes > Integer.MAX_VALUE) {
			throw new IllegalArgumentException(name + " must be below 2GB, was " + size);
		}
		return (int) bytes;
	}

	private static RetrySettings retry(OpenAIRetryProperties retry) {
		return new RetrySettings(retry.getMaxRetries(), retry.getInitialBackoff(), retry.getMaxBackoff(),
				retry.getMultiplier(), retry.getJitter(), retry.isRetryAfterRequestSent());
	}

	private static CircuitBreakerSettings circuitBreaker(OpenAICircuitBreakerProperties circuitBreaker) {
		return new CircuitBreakerSettings(circuitBreaker.isEnabled(), circuitBreaker.getFailureThreshold(),
				circuitBreaker.getOpenDuration());
	}

	private static RateLimitSettings rateLimit(OpenAIRateLimitProperties rateLimit) {
		return new RateLimitSettings(rateLimit.getMode(), rateLimit.getMaxWait(), rateLimit.getDefaultOutputTokens());
	}

	private static ProxySettings proxy(OpenAIProxyProperties proxy, String host) {
		Integer port = proxy.getPort();
		if (port == null) {
			throw new IllegalArgumentException("proxy.port is required when proxy.host is set");
		}
		return new ProxySettings(proxy.getType(), host.trim(), port, emptyToNull(proxy.getUsername()),
				emptyToNull(proxy.getPassword()), emptyToNull(proxy.getNonProxyHosts()));
	}

	private static @Nullable String emptyToNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value : null;
	}

}
