package dev.integrations.openai.errors;

import dev.integrations.openai.common.Headers;

/**
 * HTTP 409: the resource is in a conflicting state; retried by default.
 */
public class ConflictException extends OpenAIApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param error the OpenAI error object
	 * @param headers the response headers
	 */
	public ConflictException(ApiError error, Headers headers) {
		super(409, error, headers);
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.VALIDATION;
	}

}
