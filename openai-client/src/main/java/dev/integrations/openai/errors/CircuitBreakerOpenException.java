package dev.integrations.openai.errors;

import java.time.Duration;

/**
 * The circuit breaker is open after repeated failures, so the call failed fast without touching the network.
 */
public class CircuitBreakerOpenException extends OpenAIException {

	private static final long serialVersionUID = 1L;

	private final Duration retryIn;

	/**
	 * Creates the exception.
	 * @param retryIn how long until the breaker lets a probe through
	 */
	public CircuitBreakerOpenException(Duration retryIn) {
		super("OpenAI circuit breaker is open after repeated failures; next probe in " + retryIn.toMillis() + " ms",
				null);
		this.retryIn = retryIn;
	}

	/** @return how long until the breaker lets a probe through */
	public Duration retryIn() {
		return this.retryIn;
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.CLIENT;
	}

	@Override
	public boolean isRetryable() {
		return false;
	}

}
