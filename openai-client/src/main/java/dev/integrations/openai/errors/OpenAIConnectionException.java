package dev.integrations.openai.errors;

/**
 * The server could not be reached, or the connection broke before a complete response arrived (reset, premature
 * close, a stream cut mid-event). Retryable, except for a stream that already delivered events.
 */
public class OpenAIConnectionException extends OpenAIException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message what failed, without secrets
	 * @param cause the transport error
	 */
	public OpenAIConnectionException(String message, Throwable cause) {
		super(message, cause);
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
