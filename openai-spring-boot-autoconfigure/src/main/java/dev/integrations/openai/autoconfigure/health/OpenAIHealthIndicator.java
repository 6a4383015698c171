package dev.integrations.openai.autoconfigure.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.errors.AuthenticationException;
import dev.integrations.openai.errors.CircuitBreakerOpenException;
import dev.integrations.openai.errors.OpenAIApiException;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.PermissionDeniedException;
import dev.integrations.openai.errors.RateLimitException;
import dev.integrations.openai.ratelimit.RateLimitHeadroom;
import dev.integrations.openai.ratelimit.RateLimitMode;
import dev.integrations.openai.ratelimit.RateLimiter;
import dev.integrations.openai.resilience.CircuitState;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import reactor.core.Exceptions;

/**
 * Health of the OpenAI API as this application sees it. Lists models (a cheap call) within a timeout and reuses
 * the result for a while, so that frequent probes never hammer the API; an open circuit breaker is reported at
 * once, without a call. DOWN when the key is rejected (401, 403), the circuit is open, or the API cannot be
 * reached in time; a 429 still counts as UP, since the API answered and accepted the key. Details: {@code host},
 * {@code latency}, {@code circuitState}, on failure {@code error} and {@code lastErrorType}, and, unless rate
 * limiting is off, {@code rateLimit}: the current headroom per model the client has heard limits for (read at each
 * probe, not cached). Neither the key
 * nor the API's error messages (which may quote part of the key) ever appear.
 */
public final class OpenAIHealthIndicator implements HealthIndicator {

	private final OpenAIClient client;

	private final Duration timeout;

	private final long cacheTtlNanos;

	private final LongSupplier nanoClock;

	private final Object lock = new Object();

	private volatile @Nullable CachedHealth cached;

	/**
	 * Creates the indicator.
	 * @param client the client to check
	 * @param timeout how long the check may take
	 * @param cacheTtl how long a result is reused
	 */
	public OpenAIHealthIndicator(OpenAIClient client, Duration timeout, Duration cacheTtl) {
		this(client, timeout, cacheTtl, System::nanoTime);
	}

	OpenAIHealthIndicator(OpenAIClient client, Duration timeout, Duration cacheTtl, LongSupplier nanoClock) {
		this.client = client;
		this.timeout = timeout;
		this.cacheTtlNanos = cacheTtl.toNanos();
		this.nanoClock = nanoClock;
	}

	@Override
	public Health health() {
		CircuitState circuit = this.client.orchestrator().circuitBreaker().state();
		if (circuit == CircuitState.OPEN) {
			return base(Health.down(), circuit).withDetail("error", "circuit breaker open: recent calls failed")
				.withDetail("lastErrorType", CircuitBreakerOpenException.class.getSimpleName())
				.build();
		}
		CachedHealth current = this.cached;
		if (current == null || !isFresh(current)) {
			synchronized (this.lock) {
				current = this.cached;
				if (current == null || !isFresh(current)) {
					current = new CachedHealth(check(), this.nanoClock.getAsLong());
					this.cached = current;
				}
			}
		}
		return withHeadroom(current.health());
	}

	/**
	 * The cached health with the rate limiter's current headroom of each model this client called, read afresh
	 * (it changes with every call): {@code rateLimit.<model>.remainingRequests} and so on.
	 */
	private Health withHeadroom(Health health) {
		RateLimiter limiter = this.client.orchestrator().rateLimiter();
		if (limiter.settings().mode() == RateLimitMode.OFF) {
			return health;
		}
		Map<String, Map<String, Long>> models = new TreeMap<>();
		List<RateLimitHeadroom> headroom = limiter.store()
			.headroom()
			.filter((entry) -> entry.key().client().equals(limiter.client()))
			.collectList()
			.block(this.timeout);
		if (headroom == null || headroom.isEmpty()) {
			return health;
		}
		headroom.forEach((entry) -> {
			Map<String, Long> values = new LinkedHashMap<>();
			putIfKnown(values, "limitRequests", entry.limitRequests());
			putIfKnown(values, "remainingRequests", entry.remainingRequests());
			putIfKnown(values, "limitTokens", entry.limitTokens());
			putIfKnown(values, "remainingTokens", entry.remainingTokens());
			models.put(entry.key().model(), values);
		});
		return Health.status(health.getStatus()).withDetails(health.getDetails()).withDetail("rateLimit", models).build();
	}

	private static void putIfKnown(Map<String, Long> values, String name, @Nullable Long value) {
		if (value != null) {
			values.put(name, value);
		}
	}

	private boolean isFresh(CachedHealth cachedHealth) {
		return this.nanoClock.getAsLong() - cachedHealth.checkedAtNanos() < this.cacheTtlNanos;
	}

	private Health check() {
		long start = this.nanoClock.getAsLong();
		try {
			this.client.models().listAsync().timeout(this.timeout).block();
			return withLatency(base(Health.up(), currentCircuit()), start).build();
		}
		catch (RuntimeException ex) {
			Throwable failure = Exceptions.unwrap(ex);
			if (failure instanceof RateLimitException) {
				return withLatency(base(Health.up(), currentCircuit()), start).withDetail("rateLimited", true).build();
			}
			return withLatency(base(Health.down(), currentCircuit()), start).withDetail("error", describe(failure))
				.withDetail("lastErrorType", failure.getClass().getSimpleName())
				.build();
		}
	}

	private String describe(Throwable failure) {
		if (failure instanceof AuthenticationException) {
			return "API key rejected (HTTP 401)";
		}
		if (failure instanceof PermissionDeniedException) {
			return "API key lacks permission (HTTP 403)";
		}
		if (failure instanceof TimeoutException) {
			return "no answer within " + this.timeout.toMillis() + "ms";
		}
		if (failure instanceof OpenAIApiException api) {
			return "API answered HTTP " + api.statusCode();
		}
		if (failure instanceof OpenAIException openAI) {
			return "call failed: " + openAI.category().name().toLowerCase(Locale.ROOT) + " error";
		}
		return "call failed";
	}

	private CircuitState currentCircuit() {
		return this.client.orchestrator().circuitBreaker().state();
	}

	private Health.Builder base(Health.Builder builder, CircuitState circuit) {
		return builder.withDetail("host", this.client.config().host()).withDetail("circuitState", circuit.name());
	}

	private Health.Builder withLatency(Health.Builder builder, long startNanos) {
		return builder.withDetail("latency", Duration.ofNanos(this.nanoClock.getAsLong() - startNanos).toMillis() + "ms");
	}

	private record CachedHealth(Health health, long checkedAtNanos) {
	}

}
