package dev.integrations.openai.errors;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception thrown by the OpenAI client. Unchecked, so reactive and blocking code handle it alike.
 */
public abstract class OpenAIException extends RuntimeException {

	private static final long serialVersionUID = 1L;

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

}
