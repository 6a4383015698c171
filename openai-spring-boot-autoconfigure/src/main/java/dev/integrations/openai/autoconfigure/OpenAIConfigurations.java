package dev.integrations.openai.autoconfigure;

import java.util.Objects;

import dev.integrations.openai.assistants.AssistantService;
import dev.integrations.openai.assistants.ThreadService;
import dev.integrations.openai.audio.AudioService;
import dev.integrations.openai.auth.AuthProvider;
import dev.integrations.openai.auth.TokenSupplier;
import dev.integrations.openai.batches.BatchService;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.chatkit.ChatKitService;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIClientBuilder;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.completions.CompletionService;
import dev.integrations.openai.containers.ContainerService;
import dev.integrations.openai.conversations.ConversationService;
import dev.integrations.openai.embeddings.EmbeddingService;
import dev.integrations.openai.evals.EvalService;
import dev.integrations.openai.files.FileService;
import dev.integrations.openai.finetuning.FineTuningService;
import dev.integrations.openai.images.ImageService;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.moderations.ModerationService;
import dev.integrations.openai.ratelimit.LocalRateLimitStore;
import dev.integrations.openai.ratelimit.RateLimitStore;
import dev.integrations.openai.ratelimit.RateLimiter;
import dev.integrations.openai.realtime.RealtimeService;
import dev.integrations.openai.resilience.ClientHook;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.responses.ResponseService;
import dev.integrations.openai.skills.SkillService;
import dev.integrations.openai.uploads.UploadService;
import dev.integrations.openai.vectorstores.VectorStoreService;
import dev.integrations.openai.videos.VideoService;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
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
				ListableBeanFactory beanFactory) {
			try {
				OpenAIConfig.Builder builder = OpenAIConfigMapper.toBuilder(properties, connectionDetails);
				NamedOpenAIClientFactory
					.customizers(beanFactory, OpenAIConfigCustomizer.class, NamedOpenAIClientFactory.DEFAULT_NAME)
					.forEach((customizer) -> customizer.customize(builder));
				return builder.build();
			}
			catch (IllegalArgumentException ex) {
				throw InvalidOpenAIConfigurationException.invalidProperty("openai", ex);
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AuthConfiguration {

		@Bean
		@ConditionalOnMissingBean
		AuthProvider openAIAuthProvider(OpenAIProperties properties, OpenAIConfig config,
				ObjectProvider<TokenSupplier> tokens, ListableBeanFactory beanFactory) {
			return OpenAIClientSupport.authProvider("openai", properties, config, tokens.getIfUnique(),
					NamedOpenAIClientFactory.classLoader(beanFactory));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ResilienceConfiguration {

		/** The budgets of every client of this application (keys carry the client's name), in memory. */
		@Bean
		@ConditionalOnMissingBean
		RateLimitStore openAIRateLimitStore() {
			return new LocalRateLimitStore();
		}

		@Bean
		@ConditionalOnMissingBean
		ResilienceOrchestrator openAIResilienceOrchestrator(OpenAIConfig config, ObjectProvider<ClientHook> hooks,
				RateLimitStore rateLimitStore) {
			ResilienceOrchestrator.Builder builder = ResilienceOrchestrator.builder()
				.retry(config.retry())
				.circuitBreaker(config.circuitBreaker())
				.rateLimiter(RateLimiter.of(config.rateLimit(), rateLimitStore, PerClientHook.DEFAULT_CLIENT,
						config.rateLimitAccount()));
			PerClientHook.forClient(hooks.orderedStream().toList(), PerClientHook.DEFAULT_CLIENT).forEach(builder::hook);
			return builder.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ClientConfiguration {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		OpenAIClient openAIClient(OpenAIProperties properties, OpenAIConfig config, AuthProvider authProvider,
				ResilienceOrchestrator orchestrator, ObjectProvider<WebClient.Builder> webClientBuilder,
				ObjectProvider<ClientHook> hooks, ListableBeanFactory beanFactory, Environment environment) {
			BootHttpClientSettings.report(environment);
			OpenAIClientBuilder builder = OpenAIClient.builder()
				.config(config)
				.authProvider(authProvider)
				.orchestrator(orchestrator
					.withHooks(PerClientHook.forClient(hooks.orderedStream().toList(), PerClientHook.DEFAULT_CLIENT)));
			webClientBuilder.ifUnique(builder::webClientBuilder);
			OpenAIClientSupport.requestCustomizers(builder, properties);
			NamedOpenAIClientFactory
				.customizers(beanFactory, OpenAIClientBuilderCustomizer.class, NamedOpenAIClientFactory.DEFAULT_NAME)
				.forEach((customizer) -> customizer.customize(builder));
			return builder.build();
		}

	}

	/**
	 * Applies the SSL bundle named by {@code openai.ssl.bundle} to the connector the client builder creates; a name
	 * that {@link SslBundles} does not know fails startup with Boot's {@code NoSuchSslBundleException}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty("openai.ssl.bundle")
	static class SslBundleConfiguration {

		@Bean
		@Order(0)
		OpenAIClientBuilderCustomizer openAISslBundleCustomizer(OpenAIProperties properties, SslBundles sslBundles) {
			String bundleName = Objects.requireNonNull(properties.getSsl().getBundle(), "openai.ssl.bundle");
			SslBundleHttpClientCustomizer customizer = SslBundleHttpClientCustomizer.of(bundleName,
					sslBundles.getBundle(bundleName));
			return (builder) -> builder.httpClientCustomizer(customizer);
		}

	}

	/**
	 * One bean per API service, each derived from the client and switched by {@code openai.<service>.enabled}.
	 * Adding a service: a {@link OpenAIServiceProperties} field in {@link OpenAIProperties} and one method here.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnSingleCandidate(OpenAIClient.class)
	static class ServicesConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.models.enabled", matchIfMissing = true)
		ModelService openAIModelService(OpenAIClient client) {
			return client.models();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.chat.enabled", matchIfMissing = true)
		ChatCompletionService openAIChatCompletionService(OpenAIClient client) {
			return client.chatCompletions();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.completions.enabled", matchIfMissing = true)
		CompletionService openAICompletionService(OpenAIClient client) {
			return client.completions();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.responses.enabled", matchIfMissing = true)
		ResponseService openAIResponseService(OpenAIClient client) {
			return client.responses();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.conversations.enabled", matchIfMissing = true)
		ConversationService openAIConversationService(OpenAIClient client) {
			return client.conversations();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.chat-kit.enabled", matchIfMissing = true)
		ChatKitService openAIChatKitService(OpenAIClient client) {
			return client.chatKit();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.realtime.enabled", matchIfMissing = true)
		RealtimeService openAIRealtimeService(OpenAIClient client) {
			return client.realtime();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.embeddings.enabled", matchIfMissing = true)
		EmbeddingService openAIEmbeddingService(OpenAIClient client) {
			return client.embeddings();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.moderations.enabled", matchIfMissing = true)
		ModerationService openAIModerationService(OpenAIClient client) {
			return client.moderations();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.images.enabled", matchIfMissing = true)
		ImageService openAIImageService(OpenAIClient client) {
			return client.images();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.audio.enabled", matchIfMissing = true)
		AudioService openAIAudioService(OpenAIClient client) {
			return client.audio();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.files.enabled", matchIfMissing = true)
		FileService openAIFileService(OpenAIClient client) {
			return client.files();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.uploads.enabled", matchIfMissing = true)
		UploadService openAIUploadService(OpenAIClient client) {
			return client.uploads();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.batches.enabled", matchIfMissing = true)
		BatchService openAIBatchService(OpenAIClient client) {
			return client.batches();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.fine-tuning.enabled", matchIfMissing = true)
		FineTuningService openAIFineTuningService(OpenAIClient client) {
			return client.fineTuning();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.evals.enabled", matchIfMissing = true)
		EvalService openAIEvalService(OpenAIClient client) {
			return client.evals();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.vector-stores.enabled", matchIfMissing = true)
		VectorStoreService openAIVectorStoreService(OpenAIClient client) {
			return client.vectorStores();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.skills.enabled", matchIfMissing = true)
		SkillService openAISkillService(OpenAIClient client) {
			return client.skills();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.videos.enabled", matchIfMissing = true)
		@SuppressWarnings("deprecation")
		VideoService openAIVideoService(OpenAIClient client) {
			return client.videos();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.containers.enabled", matchIfMissing = true)
		ContainerService openAIContainerService(OpenAIClient client) {
			return client.containers();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.assistants.enabled", matchIfMissing = true)
		@SuppressWarnings("deprecation")
		AssistantService openAIAssistantService(OpenAIClient client) {
			return client.assistants();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "openai.assistants.enabled", matchIfMissing = true)
		@SuppressWarnings("deprecation")
		ThreadService openAIThreadService(OpenAIClient client) {
			return client.threads();
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
