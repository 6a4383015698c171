package dev.integrations.openai.autoconfigure.ratelimit;

import dev.integrations.openai.ratelimit.RateLimitStore;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Where the rate-limit budgets are kept right now: {@code store: redis} while Redis answers, and
 * {@code store: local (fallback)} with {@code fallbackSince} and {@code reason} while it does not. The status stays
 * UP in both cases, since calls go on (each instance limits itself alone), so that a Redis outage does not take the
 * application out of its load balancer; alert on the {@code store} detail or the WARN log instead. Reads only the
 * store's state: no I/O.
 */
public final class RedisRateLimitStoreHealthIndicator implements HealthIndicator {

	private final RateLimitStore store;

	/**
	 * Creates the indicator.
	 * @param store the application's store; anything but a {@link RedisRateLimitStore} is reported as {@code local}
	 */
	public RedisRateLimitStoreHealthIndicator(RateLimitStore store) {
		this.store = store;
	}

	@Override
	public Health health() {
		if (!(this.store instanceof RedisRateLimitStore redis)) {
			return Health.up().withDetail("store", "local").build();
		}
		RedisRateLimitStore.Fallback fallback = redis.fallback();
		if (fallback == null) {
			return Health.up().withDetail("store", "redis").build();
		}
		return Health.up()
			.withDetail("store", "local (fallback)")
			.withDetail("fallbackSince", fallback.since().toString())
			.withDetail("reason", fallback.reason())
			.build();
	}

}
