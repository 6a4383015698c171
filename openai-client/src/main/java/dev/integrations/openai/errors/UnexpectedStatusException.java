package dev.integrations.openai.errors;

import dev.integrations.openai.common.Headers;

/**
 * Any other error status (such as 408 or 413), kept with its status code; 408 is retried by default.
 */
public class UnexpectedStatusException extends OpenAIApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param statusCode the HTTP status
	 * @param error the OpenAI error object
	 * @param headers the response headers
	 */
	public UnexpectedStatusException(int statusCode, ApiError error, Headers headers) {
		super(statusCode, error, headers);
	}

	@Override
	public ErrorCategory category() {
		return (getStatusCodeClass() == 4) ? ErrorCategory.VALIDATION : ErrorCategory.CLIENT;
	}

	private int getStatusCodeClass() {
		return statusCode() / 100;
	}

}
