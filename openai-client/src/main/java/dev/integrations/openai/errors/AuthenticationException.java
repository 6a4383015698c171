package dev.integrations.openai.errors;

import dev.integrations.openai.common.Headers;

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
	public AuthenticationException(ApiError error, Headers headers) {
		super(401, error, headers);
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.AUTHENTICATION;
	}

}
