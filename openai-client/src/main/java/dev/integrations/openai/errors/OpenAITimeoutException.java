package dev.integrations.openai.errors;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A configured timeout elapsed: connecting, waiting for a response, or waiting for the next stream event.
 */
public class OpenAITimeoutException extends OpenAIException {

	private static final long serialVersionUID = 1L;

	private final @Nullable Duration timeout;

	/**
	 * Creates the exception.
	 * @param message which timeout elapsed
	 * @param timeout the configured bound, when known
	 * @param cause the underlying timeout
	 */
	public OpenAITimeoutException(String message, @Nullable Duration timeout, @Nullable Throwable cause) {
		super(message, cause);
		this.timeout = timeout;
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
