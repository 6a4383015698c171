package dev.integrations.openai.ratelimit;

import java.time.Duration;

/**
 * How a client limits its own calls before sending them.
 *
 * @param mode what happens to a call that does not fit the budget
 * @param maxWait the longest a call waits in {@link RateLimitMode#WAIT} mode; one that would wait longer fails
 * at once with a {@link dev.integrations.openai.errors.RateLimitException} carrying the wait as its
 * {@code retryAfter()}
 * @param defaultOutputTokens the output tokens counted for a request that sets no {@code max_output_tokens} or
 * {@code max_completion_tokens}
 */
public record RateLimitSettings(RateLimitMode mode, Duration maxWait, int defaultOutputTokens) {

	/** Wait up to 30 s, counting 1024 output tokens for a request that sets no maximum. */
	public static final RateLimitSettings DEFAULTS = new RateLimitSettings(RateLimitMode.WAIT, Duration.ofSeconds(30),
			1024);

	/** No proactive limiting. */
	public static final RateLimitSettings OFF = new RateLimitSettings(RateLimitMode.OFF, Duration.ofSeconds(30), 1024);

	/**
	 * Validates the settings.
	 */
	public RateLimitSettings {
		if (mode == null) {
			throw new IllegalArgumentException("rateLimit.mode must not be null");
		}
		if (maxWait == null || maxWait.isNegative()) {
			throw new IllegalArgumentException("rateLimit.maxWait must be zero or positive, was " + maxWait);
		}
		if (defaultOutputTokens < 0) {
			throw new IllegalArgumentException(
					"rateLimit.defaultOutputTokens must be >= 0, was " + defaultOutputTokens);
		}
	}

	/**
	 * These settings with another mode.
	 * @param mode the mode
	 * @return the new settings
	 */
	public RateLimitSettings withMode(RateLimitMode mode) {
		return new RateLimitSettings(mode, this.maxWait, this.defaultOutputTokens);
	}

	/**
	 * These settings with another maximum wait.
	 * @param maxWait the maximum wait
	 * @return the new settings
	 */
	public RateLimitSettings withMaxWait(Duration maxWait) {
		return new RateLimitSettings(this.mode, maxWait, this.defaultOutputTokens);
	}

	/**
	 * These settings with another default output estimate.
	 * @param defaultOutputTokens the output tokens counted when the request sets no maximum
	 * @return the new settings
	 */
	public RateLimitSettings withDefaultOutputTokens(int defaultOutputTokens) {
		return new RateLimitSettings(this.mode, this.maxWait, defaultOutputTokens);
	}

}
