package dev.integrations.openai.errors;

import dev.integrations.openai.common.Headers;

/**
 * HTTP 429: a rate limit or quota was hit; retried with the server's back-off hint.
 */
public class RateLimitException extends OpenAIApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param error the OpenAI error object
	 * @param headers the response headers
	 */
	public RateLimitException(ApiError error, Headers headers) {
		super(429, error, headers);
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.RATE_LIMIT;
	}

}
