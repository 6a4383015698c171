package dev.integrations.openai.auth;

import org.springframework.http.HttpHeaders;

/**
 * Azure OpenAI's key authentication: sends {@code api-key: <key>} instead of a bearer token. The key never appears in
 * {@link #toString()}, exception messages or logs.
 */
public final class AzureApiKeyAuthProvider implements AuthProvider {

	/** The header Azure OpenAI reads the key from. */
	public static final String HEADER = "api-key";

	private final String apiKey;

	private AzureApiKeyAuthProvider(String apiKey) {
		this.apiKey = apiKey;
	}

	/**
	 * Creates a provider for a fixed key.
	 * @param apiKey the key of the Azure OpenAI resource
	 * @return the provider
	 * @throws IllegalArgumentException if the key is blank or contains whitespace or control characters
	 */
	public static AzureApiKeyAuthProvider of(String apiKey) {
		return new AzureApiKeyAuthProvider(HeaderValues.requireValidSecret("apiKey", apiKey));
	}

	@Override
	public void authenticate(HttpHeaders headers) {
		headers.set(HEADER, this.apiKey);
	}

	@Override
	public String toString() {
		return "AzureApiKeyAuthProvider[apiKey=******]";
	}

}
