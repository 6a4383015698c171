package dev.integrations.openai.errors;

import org.jspecify.annotations.Nullable;

/**
 * A response arrived but could not be used: larger than the configured in-memory limit, or not parseable as the
 * expected type.
 */
public class OpenAIResponseException extends OpenAIException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message what was wrong with the response
	 * @param cause the codec failure, or {@code null}
	 */
	public OpenAIResponseException(String message, @Nullable Throwable cause) {
		super(message, cause);
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
