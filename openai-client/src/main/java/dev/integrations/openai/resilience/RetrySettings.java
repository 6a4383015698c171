package dev.integrations.openai.resilience;

import java.time.Duration;

/**
 * How failed calls are retried: up to {@code maxRetries} more attempts, waiting an exponentially growing,
 * jittered delay, or the server's {@code retry-after} hint, never more than {@code maxBackoff}. A server that asks
 * for a longer wait than {@code maxBackoff} is not retried early: the call fails at once with the server's hint in
 * {@link dev.integrations.openai.errors.OpenAIApiException#retryAfter()}.
 *
 * @param maxRetries retries after the first attempt; 0 disables retrying
 * @param initialBackoff the delay before the first retry
 * @param maxBackoff the upper bound of any delay; a longer server hint ends the call instead
 * @param multiplier the growth factor between delays
 * @param jitter the fraction (0 to 1) of each delay randomized, so that clients do not retry in lockstep
 * @param retryAfterRequestSent whether a POST is sent again after a failure that came after the request was
 * written (a read timeout, a connection reset or closed before the response): {@code true}, as in OpenAI's official
 * SDKs, favours getting an answer; {@code false} favours never having the server act twice on one request (two
 * completions billed, two files uploaded). Failures before the request was written (connection refused, connect
 * timeout, no pooled connection) and error responses (429, 5xx) are retried either way
 */
public record RetrySettings(int maxRetries, Duration initialBackoff, Duration maxBackoff, double multiplier,
		double jitter, boolean retryAfterRequestSent) {

	/** The defaults: 2 retries, 500 ms growing by 2 up to 8 s, 25% jitter (as in OpenAI's own SDKs). */
	public static final RetrySettings DEFAULTS = new RetrySettings(2, Duration.ofMillis(500), Duration.ofSeconds(8),
			2.0, 0.25);

	/** No retries. */
	public static final RetrySettings NONE = new RetrySettings(0, Duration.ofMillis(500), Duration.ofSeconds(8), 2.0,
			0.25);

	/**
	 * Settings that re-send a request after a failure past its writing, as OpenAI's official SDKs do.
	 * @param maxRetries retries after the first attempt; 0 disables retrying
	 * @param initialBackoff the delay before the first retry
	 * @param maxBackoff the upper bound of any delay; a longer server hint ends the call instead
	 * @param multiplier the growth factor between delays
	 * @param jitter the fraction (0 to 1) of each delay randomized
	 */
	public RetrySettings(int maxRetries, Duration initialBackoff, Duration maxBackoff, double multiplier,
			double jitter) {
		this(maxRetries, initialBackoff, maxBackoff, multiplier, jitter, true);
	}

	/**
	 * Validates the settings.
	 */
	public RetrySettings {
		if (maxRetries < 0) {
			throw new IllegalArgumentException("retry.maxRetries must be >= 0, was " + maxRetries);
		}
		requirePositive("retry.initialBackoff", initialBackoff);
		requirePositive("retry.maxBackoff", maxBackoff);
		if (maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException("retry.maxBackoff must be >= retry.initialBackoff");
		}
		if (!(multiplier >= 1.0)) {
			throw new IllegalArgumentException("retry.multiplier must be >= 1, was " + multiplier);
		}
		if (!(jitter >= 0.0 && jitter <= 1.0)) {
			throw new IllegalArgumentException("retry.jitter must be between 0 and 1, was " + jitter);
		}
	}

	private static void requirePositive(String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
		}
	}

	/**
	 * Returns a copy with another retry count.
	 * @param maxRetries retries after the first attempt
	 * @return the new settings
	 */
	public RetrySettings withMaxRetries(int maxRetries) {
		return new RetrySettings(maxRetries, this.initialBackoff, this.maxBackoff, this.multiplier, this.jitter,
				this.retryAfterRequestSent);
	}

	/**
	 * Returns a copy with other delays.
	 * @param initialBackoff the first delay
	 * @param maxBackoff the upper bound of any delay
	 * @return the new settings
	 */
	public RetrySettings withBackoff(Duration initialBackoff, Duration maxBackoff) {
		return new RetrySettings(this.maxRetries, initialBackoff, maxBackoff, this.multiplier, this.jitter,
				this.retryAfterRequestSent);
	}

	/**
	 * Returns a copy that does, or does not, send a POST again after a failure past the request's writing.
	 * @param retryAfterRequestSent {@code false} to never re-send a POST the server may have acted on
	 * @return the new settings
	 */
	public RetrySettings withRetryAfterRequestSent(boolean retryAfterRequestSent) {
		return new RetrySettings(this.maxRetries, this.initialBackoff, this.maxBackoff, this.multiplier, this.jitter,
				retryAfterRequestSent);
	}

}
