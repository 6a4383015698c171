package dev.integrations.openai.errors;

import dev.integrations.openai.common.Headers;

/**
 * HTTP 400: the request was malformed or a parameter was invalid.
 */
public class BadRequestException extends OpenAIApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param error the OpenAI error object
	 * @param headers the response headers
	 */
	public BadRequestException(ApiError error, Headers headers) {
		super(400, error, headers);
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.VALIDATION;
	}

}
