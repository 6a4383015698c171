package dev.integrations.openai.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

/**
 * {@link OpenAIConnectionDetails} from {@link OpenAIProperties}; blank values count as not set.
 */
final class PropertiesOpenAIConnectionDetails implements OpenAIConnectionDetails {

	private final OpenAIProperties properties;

	PropertiesOpenAIConnectionDetails(OpenAIProperties properties) {
		this.properties = properties;
	}

	@Override
	public String getBaseUrl() {
		return this.properties.getBaseUrl();
	}

	@Override
	public @Nullable String getApiKey() {
		return trimmed(this.properties.getApiKey());
	}

	@Override
	public @Nullable String getOrganization() {
		return trimmed(this.properties.getOrganization());
	}

	@Override
	public @Nullable String getProject() {
		return trimmed(this.properties.getProject());
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

	@Override
	public String toString() {
		return "PropertiesOpenAIConnectionDetails[baseUrl=" + getBaseUrl() + ", apiKey="
				+ ((getApiKey() != null) ? "******" : null) + "]";
	}

}
