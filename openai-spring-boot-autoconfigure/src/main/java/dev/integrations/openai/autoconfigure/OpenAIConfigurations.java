package dev.integrations.openai.autoconfigure;

import dev.integrations.openai.auth.ApiKeyAuthProvider;
import dev.integrations.openai.auth.AuthProvider;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIClientBuilder;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.resilience.ClientHook;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The configurations {@link OpenAIAutoConfiguration} imports; every bean backs off when the user defines one.
 */
final class OpenAIConfigurations {

	private OpenAIConfigurations() {
	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectionConfiguration {

		@Bean
		@ConditionalOnMissingBean(OpenAIConnectionDetails.class)
		PropertiesOpenAIConnectionDetails openAIConnectionDetails(OpenAIProperties properties) {
			return new PropertiesOpenAIConnectionDetails(properties);
		}

		@Bean
		@ConditionalOnMissingBean
		OpenAIConfig openAIConfig(OpenAIProperties properties, OpenAIConnectionDetails connectionDetails,
				ObjectProvider<OpenAIConfigCustomizer> customizers) {
			try {
				OpenAIConfig.Builder builder = OpenAIConfigMapper.toBuilder(properties, connectionDetails);
				customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
				return builder.build();
			}
			catch (IllegalArgumentException ex) {
				throw InvalidOpenAIConfigurationException.invalidProperty(ex);
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AuthConfiguration {

		@Bean
		@ConditionalOnMissingBean
		AuthProvider openAIAuthProvider(OpenAIConfig config) {
			String apiKey = config.apiKey();
			if (apiKey == null) {
				if (config.isOpenAIHost()) {
					throw InvalidOpenAIConfigurationException.missingApiKey(config.baseUrl());
				}
				return AuthProvider.none();
			}
			return ApiKeyAuthProvider.of(apiKey).withOrganization(config.organization()).withProject(config.project());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ResilienceConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ResilienceOrchestrator openAIResilienceOrchestrator(OpenAIConfig config, ObjectProvider<ClientHook> hooks) {
			ResilienceOrchestrator.Builder builder = ResilienceOrchestrator.builder()
				.retry(config.retry())
				.circuitBreaker(config.circuitBreaker());
			hooks.orderedStream().forEach(builder::hook);
			return builder.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ClientConfiguration {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		OpenAIClient openAIClient(OpenAIConfig config, AuthProvider authProvider, ResilienceOrchestrator orchestrator,
				ObjectProvider<WebClient.Builder> webClientBuilder,
				ObjectProvider<OpenAIClientBuilderCustomizer> customizers) {
			OpenAIClientBuilder builder = OpenAIClient.builder()
				.config(config)
				.authProvider(authProvider)
				.orchestrator(orchestrator);
			webClientBuilder.ifUnique(builder::webClientBuilder);
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			return builder.build();
		}

	}

	/**
	 * One bean per API service, each derived from the client and switched by {@code openai.<service>.enabled}.
	 * Adding a service: a {@link OpenAIProperties.Service} field in {@link OpenAIProperties} and one method here.
	 */
	@Configuration(proxyBeanMethods = false)
	static class ServicesConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.models.enabled", matchIfMissing = true)
		ModelService openAIModelService(OpenAIClient client) {
			return client.models();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class SanitizingConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "openAISanitizingFunction")
		OpenAISanitizingFunction openAISanitizingFunction() {
			return new OpenAISanitizingFunction();
		}

	}

}
