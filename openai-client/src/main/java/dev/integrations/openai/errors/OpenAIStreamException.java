package dev.integrations.openai.errors;

/**
 * The API sent an error event inside a stream that had started with HTTP 200, or a stream event could not be read.
 */
public class OpenAIStreamException extends OpenAIException {

	private static final long serialVersionUID = 1L;

	private final ApiError error;

	/**
	 * Creates the exception.
	 * @param error the error object from the event
	 * @param cause the parse failure, if the event was unreadable
	 */
	public OpenAIStreamException(ApiError error, Throwable cause) {
		super(describe(error), cause);
		this.error = error;
	}

	/**
	 * Creates the exception from an error event.
	 * @param error the error object from the event
	 */
	public OpenAIStreamException(ApiError error) {
		super(describe(error), null);
		this.error = error;
	}

	private static String describe(ApiError error) {
		return "OpenAI stream failed" + ((error.type() != null) ? " (" + error.type() + ")" : "") + ": "
				+ error.message();
	}

	/** @return the error object sent in the stream */
	public ApiError error() {
		return this.error;
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.SERVER;
	}

	/** An error event is the server's verdict on this request: sending it again is not retried automatically. */
	@Override
	public boolean isRetryable() {
		return false;
	}

}
