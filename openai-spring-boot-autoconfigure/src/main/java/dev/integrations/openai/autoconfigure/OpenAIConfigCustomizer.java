package dev.integrations.openai.autoconfigure;

import dev.integrations.openai.client.OpenAIConfig;

/**
 * Adjusts the {@link OpenAIConfig} built from {@code openai.*} properties without replacing the config bean, for
 * example to add computed default headers. Customizers run in {@code @Order} after the properties were applied.
 */
@FunctionalInterface
public interface OpenAIConfigCustomizer {

	/**
	 * Customizes the configuration builder.
	 * @param builder the builder, holding the values of the properties
	 */
	void customize(OpenAIConfig.Builder builder);

}
