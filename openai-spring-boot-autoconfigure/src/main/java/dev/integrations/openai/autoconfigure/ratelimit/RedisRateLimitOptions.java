package dev.integrations.openai.autoconfigure.ratelimit;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How a {@link RedisRateLimitStore} keeps the budgets of a fleet.
 *
 * @param keyPrefix the prefix of every Redis key the store writes (the rest is the
 * {@link dev.integrations.openai.ratelimit.RateLimitKey#asString() key} and {@code :requests} or {@code :tokens})
 * @param timeout the longest one Redis operation may take before the call falls back to the local budget
 * @param retryInterval how long after a failure the store tries Redis again (one call at a time tries it)
 * @param requestsPerMinute the requests a key may make per minute before the server has reported its limit, or
 * {@code null} to learn it from the first response's {@code x-ratelimit-limit-requests}
 * @param tokensPerMinute the tokens a key may use per minute before the server has reported its limit, or
 * {@code null} to learn it from the first response's {@code x-ratelimit-limit-tokens}
 */
public record RedisRateLimitOptions(String keyPrefix, Duration timeout, Duration retryInterval,
		@Nullable Long requestsPerMinute, @Nullable Long tokensPerMinute) {

	/** Keys under {@code openai:rate-limit:}, 1 s per operation, Redis tried again every 5 s, limits learnt. */
	public static final RedisRateLimitOptions DEFAULTS = new RedisRateLimitOptions("openai:rate-limit:",
			Duration.ofSeconds(1), Duration.ofSeconds(5), null, null);

	/**
	 * Validates the options.
	 */
	public RedisRateLimitOptions {
		if (keyPrefix == null) {
			throw new IllegalArgumentException("rate-limit.redis.key-prefix must not be null");
		}
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("rate-limit.redis.timeout must be positive, was " + timeout);
		}
		if (retryInterval == null || retryInterval.isNegative()) {
			throw new IllegalArgumentException(
					"rate-limit.redis.retry-interval must be zero or positive, was " + retryInterval);
		}
		if (requestsPerMinute != null && requestsPerMinute <= 0) {
			throw new IllegalArgumentException(
					"rate-limit.requests-per-minute must be positive, was " + requestsPerMinute);
		}
		if (tokensPerMinute != null && tokensPerMinute <= 0) {
			throw new IllegalArgumentException("rate-limit.tokens-per-minute must be positive, was " + tokensPerMinute);
		}
	}

	/**
	 * These options with the limits used until the server reports its own.
	 * @param requestsPerMinute requests per minute, or {@code null}
	 * @param tokensPerMinute tokens per minute, or {@code null}
	 * @return the new options
	 */
	public RedisRateLimitOptions withLimits(@Nullable Long requestsPerMinute, @Nullable Long tokensPerMinute) {
		return new RedisRateLimitOptions(this.keyPrefix, this.timeout, this.retryInterval, requestsPerMinute,
				tokensPerMinute);
	}

	/**
	 * These options with another timeout and retry interval.
	 * @param timeout the longest one Redis operation may take
	 * @param retryInterval how long after a failure Redis is tried again
	 * @return the new options
	 */
	public RedisRateLimitOptions withTimeouts(Duration timeout, Duration retryInterval) {
		return new RedisRateLimitOptions(this.keyPrefix, timeout, retryInterval, this.requestsPerMinute,
				this.tokensPerMinute);
	}

}
