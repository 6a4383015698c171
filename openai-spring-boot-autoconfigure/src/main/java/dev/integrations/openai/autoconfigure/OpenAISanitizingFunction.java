package dev.integrations.openai.autoconfigure;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the OpenAI API key, the proxy password and the webhook secret in {@code /actuator/configprops} and
 * {@code /actuator/env} even when {@code management.endpoint.*.show-values} reveals other values. Matches
 * {@code openai.api-key}, {@code openai.apiKey}, {@code OPENAI_API_KEY}, the proxy password and
 * {@code openai.webhook.secret} in any relaxed form.
 */
final class OpenAISanitizingFunction implements SanitizingFunction {

	private static final Set<String> SECRET_KEYS = Set.of("openaiapikey", "openaiproxypassword", "openaiwebhooksecret");

	@Override
	public SanitizableData apply(SanitizableData data) {
		return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
	}

	static boolean isSecret(String key) {
		String normalized = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(".", "");
		return SECRET_KEYS.contains(normalized);
	}

}
