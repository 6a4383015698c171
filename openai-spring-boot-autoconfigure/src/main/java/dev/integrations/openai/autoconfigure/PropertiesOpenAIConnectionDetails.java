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
		String apiKey = trimmed(this.properties.getApiKey());
		return (apiKey != null && isUnresolvedPlaceholder(apiKey)) ? null : apiKey;
	}

	/**
	 * Whether a value is a placeholder left as it was, such as {@code ${OPENAI_API_KEY}} when the variable is not
	 * set: Spring keeps unresolvable placeholders literally, and such a value is no key, so it counts as missing.
	 */
	private static boolean isUnresolvedPlaceholder(String value) {
		return value.startsWith("${") && value.endsWith("}");
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
