package dev.integrations.openai.errors;

import dev.integrations.openai.common.Headers;

/**
 * HTTP 422: the request was well-formed but could not be processed.
 */
public class UnprocessableEntityException extends OpenAIApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param error the OpenAI error object
	 * @param headers the response headers
	 */
	public UnprocessableEntityException(ApiError error, Headers headers) {
		super(422, error, headers);
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.VALIDATION;
	}

}
