package dev.integrations.openai.errors;

import dev.integrations.openai.common.Headers;

/**
 * HTTP 5xx: OpenAI (or a proxy in front of it) failed; retried by default.
 */
public class InternalServerException extends OpenAIApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param statusCode the 5xx status
	 * @param error the OpenAI error object
	 * @param headers the response headers
	 */
	public InternalServerException(int statusCode, ApiError error, Headers headers) {
		super(statusCode, error, headers);
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.SERVER;
	}

}
