package dev.integrations.openai.autoconfigure;

import java.time.Duration;

/**
 * Retry settings: retryable failures are 408, 409, 429, 5xx, connection errors and timeouts.
 * Bound to {@code openai.retry.*} and {@code openai.clients.<name>.retry.*} (see {@link OpenAIProperties}).
 */
public class OpenAIRetryProperties {

	/** Retries after the first attempt; 0 disables retrying. */
	private int maxRetries = 2;

	/** Delay before the first retry. */
	private Duration initialBackoff = Duration.ofMillis(500);

	/** Upper bound of any retry delay; a longer retry-after from the server fails the call at once. */
	private Duration maxBackoff = Duration.ofSeconds(8);

	/** Growth factor between two retry delays. */
	private double multiplier = 2.0;

	/** Fraction (0 to 1) of each retry delay that is randomized. */
	private double jitter = 0.25;

	/** Whether a POST is sent again after a failure that came after it was written (the server may have acted). */
	private boolean retryAfterRequestSent = true;

	public int getMaxRetries() {
		return this.maxRetries;
	}

	public void setMaxRetries(int maxRetries) {
		this.maxRetries = maxRetries;
	}

	public Duration getInitialBackoff() {
		return this.initialBackoff;
	}

	public void setInitialBackoff(Duration initialBackoff) {
		this.initialBackoff = initialBackoff;
	}

	public Duration getMaxBackoff() {
		return this.maxBackoff;
	}

	public void setMaxBackoff(Duration maxBackoff) {
		this.maxBackoff = maxBackoff;
	}

	public double getMultiplier() {
		return this.multiplier;
	}

	public void setMultiplier(double multiplier) {
		this.multiplier = multiplier;
	}

	public double getJitter() {
		return this.jitter;
	}

	public void setJitter(double jitter) {
		this.jitter = jitter;
	}

	public boolean isRetryAfterRequestSent() {
		return this.retryAfterRequestSent;
	}

	public void setRetryAfterRequestSent(boolean retryAfterRequestSent) {
		this.retryAfterRequestSent = retryAfterRequestSent;
	}

}
