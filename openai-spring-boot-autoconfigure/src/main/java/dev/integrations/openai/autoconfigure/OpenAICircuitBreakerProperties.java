package dev.integrations.openai.autoconfigure;

import java.time.Duration;

/**
 * Circuit breaker settings.
 * Bound to {@code openai.circuit-breaker.*} and {@code openai.clients.<name>.circuit-breaker.*} (see
 * {@link OpenAIProperties}).
 */
public class OpenAICircuitBreakerProperties {

	/** Whether calls go through a circuit breaker. */
	private boolean enabled = true;

	/** Consecutive failed calls (5xx, network errors, timeouts) that open the circuit. */
	private int failureThreshold = 10;

	/** How long an open circuit fails calls fast before letting one probe through. */
	private Duration openDuration = Duration.ofSeconds(30);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getFailureThreshold() {
		return this.failureThreshold;
	}

	public void setFailureThreshold(int failureThreshold) {
		this.failureThreshold = failureThreshold;
	}

	public Duration getOpenDuration() {
		return this.openDuration;
	}

	public void setOpenDuration(Duration openDuration) {
		this.openDuration = openDuration;
	}

}
