package dev.integrations.openai.errors;

/**
 * The server could not be reached, or the connection broke before a complete response arrived (reset, premature
 * close, a stream cut mid-event). Retryable, except for a stream that already delivered events.
 */
public class OpenAIConnectionException extends OpenAIException {

	private static final long serialVersionUID = 1L;

	private final boolean mayHaveBeenProcessed;

	/**
	 * Creates the exception.
	 * @param message what failed, without secrets
	 * @param cause the transport error
	 */
	public OpenAIConnectionException(String message, Throwable cause) {
		this(message, cause, false);
	}

	/**
	 * Creates the exception.
	 * @param message what failed, without secrets
	 * @param cause the transport error
	 * @param mayHaveBeenProcessed whether a non-idempotent request was written before the failure
	 */
	public OpenAIConnectionException(String message, Throwable cause, boolean mayHaveBeenProcessed) {
		super(message, cause);
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

	@Override
	public ErrorCategory category() {
		return ErrorCategory.NETWORK;
	}

	@Override
	public boolean isRetryable() {
		return true;
	}

}
