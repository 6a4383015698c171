package dev.integrations.openai.errors;

import dev.integrations.openai.common.Headers;

/**
 * HTTP 403: the key is valid but may not use this resource, model or region.
 */
public class PermissionDeniedException extends OpenAIApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param error the OpenAI error object
	 * @param headers the response headers
	 */
	public PermissionDeniedException(ApiError error, Headers headers) {
		super(403, error, headers);
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.AUTHENTICATION;
	}

}
