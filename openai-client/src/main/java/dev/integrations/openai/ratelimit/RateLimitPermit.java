package dev.integrations.openai.ratelimit;

import java.time.Duration;

/**
 * A store's answer to {@link RateLimitStore#acquire}: either the cost was reserved and the call may be sent after
 * {@code delay} (zero: at once), or it was refused, nothing was reserved, and {@code delay} is the time after which
 * the same cost would fit again (the hint a refused caller reads as {@code retryAfter}).
 *
 * @param granted whether the cost was reserved
 * @param delay for a granted permit, how long to wait before sending; for a refused one, the earliest time it could
 * be granted
 */
public record RateLimitPermit(boolean granted, Duration delay) {

	/** Granted, to be sent at once. */
	public static final RateLimitPermit NOW = new RateLimitPermit(true, Duration.ZERO);

	/**
	 * Validates the permit.
	 */
	public RateLimitPermit {
		if (delay == null || delay.isNegative()) {
			throw new IllegalArgumentException("rate limit permit: delay must be zero or positive, was " + delay);
		}
	}

	/**
	 * A reserved cost, to be sent after a wait.
	 * @param wait how long to wait before sending
	 * @return the permit
	 */
	public static RateLimitPermit grantedAfter(Duration wait) {
		return wait.isZero() ? NOW : new RateLimitPermit(true, wait);
	}

	/**
	 * A refused cost.
	 * @param retryAfter how long until the cost would fit
	 * @return the permit
	 */
	public static RateLimitPermit refused(Duration retryAfter) {
		return new RateLimitPermit(false, retryAfter);
	}

}
