package dev.integrations.openai.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the OpenAI API is and who calls it. By default read from {@code openai.*} properties; define a bean of
 * this type to take them from elsewhere (a secret store, a test container of an OpenAI-compatible server). Tuning
 * (timeouts, retries, pool) stays in {@link OpenAIProperties}.
 */
public interface OpenAIConnectionDetails extends ConnectionDetails {

	/** @return the API base URL, such as {@code https://api.openai.com/v1} */
	String getBaseUrl();

	/** @return the API key, or {@code null} for a server that needs none */
	@Nullable String getApiKey();

	/** @return the organization ID, if any */
	default @Nullable String getOrganization() {
		return null;
	}

	/** @return the project ID, if any */
	default @Nullable String getProject() {
		return null;
	}

}
