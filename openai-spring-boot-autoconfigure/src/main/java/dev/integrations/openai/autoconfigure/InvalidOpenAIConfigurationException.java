package dev.integrations.openai.autoconfigure;

/**
 * The {@code openai.*} configuration cannot make a working client; {@link InvalidOpenAIConfigurationFailureAnalyzer}
 * turns it into a startup report saying what to change. Its messages never contain the API key.
 */
final class InvalidOpenAIConfigurationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String action;

	InvalidOpenAIConfigurationException(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	private InvalidOpenAIConfigurationException(String description, String action) {
		super(description);
		this.action = action;
	}

	/**
	 * No API key while the base URL is OpenAI's.
	 * @param baseUrl the configured base URL
	 * @return the exception
	 */
	static InvalidOpenAIConfigurationException missingApiKey(String baseUrl) {
		return new InvalidOpenAIConfigurationException(
				"No OpenAI API key is configured, and openai.base-url (" + baseUrl + ") is OpenAI's API, which needs one.",
				"Set openai.api-key or the OPENAI_API_KEY environment variable. To call an OpenAI-compatible server that "
						+ "needs no key, set openai.base-url to its URL; to run without the OpenAI client, set "
						+ "openai.enabled=false.");
	}

	/**
	 * A property value the client rejects.
	 * @param cause the client's validation error, naming the setting
	 * @return the exception
	 */
	static InvalidOpenAIConfigurationException invalidProperty(IllegalArgumentException cause) {
		return new InvalidOpenAIConfigurationException("Invalid openai.* configuration: " + cause.getMessage(),
				"Correct the openai.* property named above (for example retry.maxRetries is openai.retry.max-retries).",
				cause);
	}

	/** @return what the user should do */
	String getAction() {
		return this.action;
	}

}
