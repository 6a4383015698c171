package dev.integrations.openai.autoconfigure;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the OpenAI API key, the proxy password and the webhook secret in {@code /actuator/configprops} and
 * {@code /actuator/env} even when {@code management.endpoint.*.show-values} reveals other values. Matches
 * {@code openai.api-key}, {@code openai.apiKey}, {@code OPENAI_API_KEY}, the proxy password and
 * {@code openai.webhook.secret} in any relaxed form, and the same settings of every named client
 * ({@code openai.clients.<name>.api-key}, {@code openai.clients.<name>.proxy.password}).
 */
final class OpenAISanitizingFunction implements SanitizingFunction {

	private static final Set<String> SECRET_KEYS = Set.of("openaiapikey", "openaiproxypassword", "openaiwebhooksecret");

	private static final String NAMED_CLIENTS = "openaiclients";

	private static final Set<String> NAMED_SECRET_SUFFIXES = Set.of("apikey", "proxypassword");

	@Override
	public SanitizableData apply(SanitizableData data) {
		return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
	}

	static boolean isSecret(String key) {
		String normalized = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(".", "");
		if (SECRET_KEYS.contains(normalized)) {
			return true;
		}
		return normalized.startsWith(NAMED_CLIENTS) && NAMED_SECRET_SUFFIXES.stream().anyMatch(normalized::endsWith);
	}

}
