package dev.integrations.openai.errors;

import org.springframework.http.HttpHeaders;

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
	public InternalServerException(int statusCode, ApiError error, HttpHeaders headers) {
		super(statusCode, error, headers);
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.SERVER;
	}

}
