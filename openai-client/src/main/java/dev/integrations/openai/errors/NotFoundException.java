package dev.integrations.openai.errors;

import dev.integrations.openai.common.Headers;

/**
 * HTTP 404: the resource (model, file, completion, ...) does not exist.
 */
public class NotFoundException extends OpenAIApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param error the OpenAI error object
	 * @param headers the response headers
	 */
	public NotFoundException(ApiError error, Headers headers) {
		super(404, error, headers);
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.VALIDATION;
	}

}
