package dev.integrations.openai.errors;

import org.springframework.http.HttpHeaders;

/**
 * HTTP 401: the API key was missing, invalid or revoked.
 */
public class AuthenticationException extends OpenAIApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param error the OpenAI error object
	 * @param headers the response headers
	 */
	public AuthenticationException(ApiError error, HttpHeaders headers) {
		super(401, error, headers);
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.AUTHENTICATION;
	}

}
