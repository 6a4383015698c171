package dev.integrations.openai.resilience;

/**
 * The state of the circuit breaker.
 */
public enum CircuitState {

	/** Calls flow; consecutive failures are counted. */
	CLOSED,

	/** Calls fail fast with {@link dev.integrations.openai.errors.CircuitBreakerOpenException}. */
	OPEN,

	/** The open duration elapsed; one probe call is let through to decide between closed and open. */
	HALF_OPEN

}
