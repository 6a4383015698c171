package dev.integrations.openai.errors;

import org.springframework.http.HttpHeaders;

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
	public UnprocessableEntityException(ApiError error, HttpHeaders headers) {
		super(422, error, headers);
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.VALIDATION;
	}

}
