package dev.integrations.openai.errors;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A configured timeout elapsed: connecting, waiting for a response, or waiting for the next stream event.
 */
public class OpenAITimeoutException extends OpenAIException {

	private static final long serialVersionUID = 1L;

	private final @Nullable Duration timeout;

	private final boolean mayHaveBeenProcessed;

	/**
	 * Creates the exception.
	 * @param message which timeout elapsed
	 * @param timeout the configured bound, when known
	 * @param cause the underlying timeout
	 */
	public OpenAITimeoutException(String message, @Nullable Duration timeout, @Nullable Throwable cause) {
		this(message, timeout, cause, false);
	}

	/**
	 * Creates the exception.
	 * @param message which timeout elapsed
	 * @param timeout the configured bound, when known
	 * @param cause the underlying timeout
	 * @param mayHaveBeenProcessed whether a non-idempotent request was written before the timeout
	 */
	public OpenAITimeoutException(String message, @Nullable Duration timeout, @Nullable Throwable cause,
			boolean mayHaveBeenProcessed) {
		super(message, cause);
		this.timeout = timeout;
		this.mayHaveBeenProcessed = mayHaveBeenProcessed;
	}

	/**
	 * Whether the server may already have acted on the request: a POST was written, at least in part, before this
	 * failure. Sending it again could make the server act twice (two completions billed, two files stored); see
	 * {@link dev.integrations.openai.resilience.RetrySettings#retryAfterRequestSent()}.
	 * @return {@code true} when a non-idempotent request reached the wire
	 */
	public boolean mayHaveBeenProcessed() {
		return this.mayHaveBeenProcessed;
	}

	/** @return the configured bound that elapsed, when known */
	public @Nullable Duration timeout() {
		return this.timeout;
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.NETWORK;
	}

	@Override
	public boolean isRetryable() {
		return true;
	}

}
