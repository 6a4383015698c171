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
	 * @param prefix the properties of the client, {@code openai} or {@code openai.clients.<name>}
	 * @param baseUrl the configured base URL
	 * @return the exception
	 */
	static InvalidOpenAIConfigurationException missingApiKey(String prefix, String baseUrl) {
		String client = "openai".equals(prefix) ? "" : " for client '" + clientName(prefix) + "'";
		return new InvalidOpenAIConfigurationException("No OpenAI API key is configured" + client + ", and " + prefix
				+ ".base-url (" + baseUrl + ") is OpenAI's API, which needs one.",
				"Set " + prefix + ".api-key" + ("openai".equals(prefix) ? " or the OPENAI_API_KEY environment variable"
						: "") + ". To call an OpenAI-compatible server that needs no key, set " + prefix
						+ ".base-url to its URL (and " + prefix + ".provider=compatible); to run without this client, set "
						+ prefix + ".enabled=false.");
	}

	/**
	 * Azure OpenAI without an API key and without a source of Microsoft Entra ID tokens.
	 * @param prefix the properties of the client
	 * @return the exception
	 */
	static InvalidOpenAIConfigurationException missingAzureCredential(String prefix) {
		return new InvalidOpenAIConfigurationException("Azure OpenAI client '" + clientName(prefix)
				+ "' has no api-key and no source of Microsoft Entra ID tokens.",
				"Set " + prefix + ".api-key, define a dev.integrations.openai.auth.TokenSupplier bean, or add "
						+ "com.azure:azure-identity to the class path for DefaultAzureCredential.");
	}

	/**
	 * A property value the client rejects.
	 * @param prefix the properties of the client
	 * @param cause the client's validation error, naming the setting
	 * @return the exception
	 */
	static InvalidOpenAIConfigurationException invalidProperty(String prefix, IllegalArgumentException cause) {
		return new InvalidOpenAIConfigurationException("Invalid " + prefix + ".* configuration: " + cause.getMessage(),
				"Correct the " + prefix + ".* property named above (for example retry.maxRetries is " + prefix
						+ ".retry.max-retries).",
				cause);
	}

	private static String clientName(String prefix) {
		return "openai".equals(prefix) ? "default" : prefix.substring("openai.clients.".length());
	}

	/** @return what the user should do */
	String getAction() {
		return this.action;
	}

}
