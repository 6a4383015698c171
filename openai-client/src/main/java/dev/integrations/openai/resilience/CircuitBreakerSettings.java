package dev.integrations.openai.resilience;

import java.time.Duration;

/**
 * When the circuit breaker opens and for how long.
 *
 * @param enabled whether calls go through a circuit breaker at all
 * @param failureThreshold consecutive failed calls (5xx, network errors, timeouts) that open the circuit
 * @param openDuration how long the open circuit fails fast before letting one probe through
 */
public record CircuitBreakerSettings(boolean enabled, int failureThreshold, Duration openDuration) {

	/** The defaults: enabled, opens after 10 consecutive failures, stays open 30 s. */
	public static final CircuitBreakerSettings DEFAULTS = new CircuitBreakerSettings(true, 10, Duration.ofSeconds(30));

	/** No circuit breaker. */
	public static final CircuitBreakerSettings DISABLED = new CircuitBreakerSettings(false, 10,
			Duration.ofSeconds(30));

	/**
	 * Validates the settings.
	 */
	public CircuitBreakerSettings {
		if (failureThreshold < 1) {
			throw new IllegalArgumentException(
					"circuitBreaker.failureThreshold must be >= 1, was " + failureThreshold);
		}
		if (openDuration == null || openDuration.isNegative() || openDuration.isZero()) {
			throw new IllegalArgumentException(
					"circuitBreaker.openDuration must be a positive duration, was " + openDuration);
		}
	}

}
