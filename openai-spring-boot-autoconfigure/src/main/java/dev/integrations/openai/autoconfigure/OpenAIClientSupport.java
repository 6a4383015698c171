package dev.integrations.openai.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.integrations.openai.auth.ApiKeyAuthProvider;
import dev.integrations.openai.auth.AuthProvider;
import dev.integrations.openai.auth.AzureApiKeyAuthProvider;
import dev.integrations.openai.auth.TokenAuthProvider;
import dev.integrations.openai.auth.TokenSupplier;
import dev.integrations.openai.azure.AzureOpenAIRouting;
import dev.integrations.openai.client.OpenAIClientBuilder;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.client.RequestExtras;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What the top-level client and every named client derive the same way from their {@link OpenAIProperties}: the
 * {@link AuthProvider} of the provider, and the request customizers (Azure routing, extras).
 */
final class OpenAIClientSupport {

	private static final String AZURE_IDENTITY = "com.azure.identity.DefaultAzureCredentialBuilder";

	private OpenAIClientSupport() {
	}

	/**
	 * The auth provider of a client's provider.
	 * @param prefix the client's properties, {@code openai} or {@code openai.clients.<name>}, for error messages
	 * @param tokens the application's token supplier, if any, for Azure without a key
	 * @param classLoader where to look for azure-identity
	 */
	static AuthProvider authProvider(String prefix, OpenAIProperties properties, OpenAIConfig config,
			@Nullable TokenSupplier tokens, @Nullable ClassLoader classLoader) {
		String apiKey = config.apiKey();
		return switch (properties.getProvider()) {
			case AZURE -> (apiKey != null) ? AzureApiKeyAuthProvider.of(apiKey)
					: TokenAuthProvider.of(entraTokens(prefix, properties, tokens, classLoader));
			case COMPATIBLE -> (apiKey != null) ? bearer(apiKey, config) : AuthProvider.none();
			case OPENAI -> {
				if (apiKey == null) {
					if (config.isOpenAIHost()) {
						throw InvalidOpenAIConfigurationException.missingApiKey(prefix, config.baseUrl());
					}
					yield AuthProvider.none();
				}
				yield bearer(apiKey, config);
			}
		};
	}

	private static AuthProvider bearer(String apiKey, OpenAIConfig config) {
		return ApiKeyAuthProvider.of(apiKey).withOrganization(config.organization()).withProject(config.project());
	}

	private static TokenSupplier entraTokens(String prefix, OpenAIProperties properties,
			@Nullable TokenSupplier tokens, @Nullable ClassLoader classLoader) {
		if (tokens != null) {
			return tokens;
		}
		if (ClassUtils.isPresent(AZURE_IDENTITY, classLoader)) {
			return AzureIdentityTokenSupplier.defaultCredential(properties.getAzure().getTokenScope());
		}
		throw InvalidOpenAIConfigurationException.missingAzureCredential(prefix);
	}

	/**
	 * Adds the request customizers the properties ask for: Azure's URL form, then the extras.
	 */
	static void requestCustomizers(OpenAIClientBuilder builder, OpenAIProperties properties) {
		if (properties.getProvider() == OpenAIProvider.AZURE) {
			OpenAIAzureProperties azure = properties.getAzure();
			boolean v1 = properties.getBaseUrl().replaceAll("/+$", "").endsWith("/openai/v1");
			builder.requestCustomizer(v1 ? AzureOpenAIRouting.v1(azure.getApiVersion())
					: AzureOpenAIRouting.deployments((azure.getApiVersion() != null) ? azure.getApiVersion() : "",
							azure.getDeployments()));
		}
		RequestExtras extras = RequestExtras.of(jsonValues(properties.getExtraBody()), properties.getExtraQuery(),
				properties.getExtraHeaders());
		if (!extras.isEmpty()) {
			builder.requestCustomizer(extras);
		}
	}

	/** Each value as JSON when it is JSON ({@code 20}, {@code true}, {@code {"a":1}}), else as a string. */
	private static Map<String, Object> jsonValues(Map<String, String> values) {
		Map<String, Object> json = new LinkedHashMap<>();
		values.forEach((name, value) -> json.put(name, parse(value)));
		return json;
	}

	private static Object parse(String value) {
		try {
			JsonNode node = OpenAIJson.mapper().readTree(value);
			return (node != null && !node.isMissingNode()) ? node : value;
		}
		catch (JacksonException ex) {
			return value;
		}
	}

}
