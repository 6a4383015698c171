package dev.integrations.openai.autoconfigure;

import dev.integrations.openai.client.OpenAIClientBuilder;

/**
 * Adjusts the {@link OpenAIClientBuilder} of the auto-configured client without replacing the client bean, for
 * example to set a {@code ClientHttpConnector} or a JSON mapper. Customizers run in {@code @Order} after the
 * auto-configuration set the config, auth provider, orchestrator and Boot's {@code WebClient.Builder}.
 * <p>
 * The orchestrator is a bean: to monitor calls, declare {@link dev.integrations.openai.resilience.ClientHook}
 * beans rather than calling {@link OpenAIClientBuilder#hook}, which only applies to an orchestrator the builder
 * creates itself.
 */
@FunctionalInterface
public interface OpenAIClientBuilderCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder of the auto-configured client
	 */
	void customize(OpenAIClientBuilder builder);

}
