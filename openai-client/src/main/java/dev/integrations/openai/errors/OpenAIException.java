package dev.integrations.openai.errors;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception thrown by the OpenAI client. Unchecked, so reactive and blocking code handle it alike.
 */
public abstract class OpenAIException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private volatile int attempts;

	protected OpenAIException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

	/**
	 * The category of this error, one of six, suitable as a metric tag.
	 * @return the category
	 */
	public abstract ErrorCategory category();

	/**
	 * Whether the same request may succeed if sent again.
	 * @return {@code true} when a retry makes sense
	 */
	public abstract boolean isRetryable();

	/**
	 * How many attempts the call made before it failed with this exception (1 when it was not retried); 0 when the
	 * exception did not come from a call, such as a validation error raised before any request.
	 * @return the number of attempts
	 */
	public int attempts() {
		return this.attempts;
	}

	/**
	 * Records how many attempts the call made; the client calls this once, when the call finally fails.
	 * @param attempts the number of attempts
	 */
	public void recordAttempts(int attempts) {
		this.attempts = attempts;
	}

}
