package dev.integrations.openai.autoconfigure;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.integrations.openai.assistants.AssistantService;
import dev.integrations.openai.assistants.ThreadService;
import dev.integrations.openai.audio.AudioService;
import dev.integrations.openai.batches.BatchService;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.conversations.ConversationService;
import dev.integrations.openai.embeddings.EmbeddingService;
import dev.integrations.openai.evals.EvalService;
import dev.integrations.openai.files.FileService;
import dev.integrations.openai.finetuning.FineTuningService;
import dev.integrations.openai.images.ImageService;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Services;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.moderations.ModerationService;
import dev.integrations.openai.realtime.RealtimeService;
import dev.integrations.openai.responses.ResponseService;
import dev.integrations.openai.uploads.UploadService;
import dev.integrations.openai.vectorstores.VectorStoreService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bean per API service, derived from the client, each switched by {@code openai.<service>.enabled}, each
 * replaced by a user's own bean.
 */
@SuppressWarnings("deprecation")
class ServiceBeansTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
		.withPropertyValues("openai.api-key=sk-test-beans");

	private static final Map<Class<?>, Function<OpenAIClient, Object>> SERVICES = Map.ofEntries(
			Map.entry(ModelService.class, OpenAIClient::models),
			Map.entry(ChatCompletionService.class, OpenAIClient::chatCompletions),
			Map.entry(ResponseService.class, OpenAIClient::responses),
			Map.entry(ConversationService.class, OpenAIClient::conversations),
			Map.entry(RealtimeService.class, OpenAIClient::realtime),
			Map.entry(EmbeddingService.class, OpenAIClient::embeddings),
			Map.entry(ModerationService.class, OpenAIClient::moderations),
			Map.entry(ImageService.class, OpenAIClient::images), Map.entry(AudioService.class, OpenAIClient::audio),
			Map.entry(FileService.class, OpenAIClient::files), Map.entry(UploadService.class, OpenAIClient::uploads),
			Map.entry(BatchService.class, OpenAIClient::batches),
			Map.entry(FineTuningService.class, OpenAIClient::fineTuning),
			Map.entry(EvalService.class, OpenAIClient::evals),
			Map.entry(VectorStoreService.class, OpenAIClient::vectorStores),
			Map.entry(AssistantService.class, OpenAIClient::assistants),
			Map.entry(ThreadService.class, OpenAIClient::threads));

	static Stream<Arguments> switches() {
		return Stream.of(Arguments.of("models", ModelService.class), Arguments.of("chat", ChatCompletionService.class),
				Arguments.of("responses", ResponseService.class),
				Arguments.of("conversations", ConversationService.class), Arguments.of("realtime", RealtimeService.class),
				Arguments.of("embeddings", EmbeddingService.class),
				Arguments.of("moderations", ModerationService.class), Arguments.of("images", ImageService.class),
				Arguments.of("audio", AudioService.class), Arguments.of("files", FileService.class),
				Arguments.of("uploads", UploadService.class), Arguments.of("batches", BatchService.class),
				Arguments.of("fine-tuning", FineTuningService.class), Arguments.of("evals", EvalService.class),
				Arguments.of("vector-stores", VectorStoreService.class));
	}

	@Test
	void everyServiceIsABeanTakenFromTheClient() {
		this.contextRunner.run((context) -> {
			OpenAIClient client = context.getBean(OpenAIClient.class);
			SERVICES.forEach((type, accessor) -> assertThat(context.getBean(type)).as(type.getSimpleName())
				.isSameAs(accessor.apply(client)));
		});
	}

	@ParameterizedTest(name = "openai.{0}.enabled=false removes only {1}")
	@MethodSource("switches")
	void eachSwitchRemovesOnlyItsService(String name, Class<?> type) {
		this.contextRunner.withPropertyValues("openai." + name + ".enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(type).hasSingleBean(OpenAIClient.class);
			SERVICES.keySet().stream().filter((other) -> other != type)
				.forEach((other) -> assertThat(context).hasSingleBean(other));
		});
	}

	@Test
	void assistantsSwitchRemovesBothAssistantsServices() {
		this.contextRunner.withPropertyValues("openai.assistants.enabled=false").run((context) -> assertThat(context)
			.doesNotHaveBean(AssistantService.class)
			.doesNotHaveBean(ThreadService.class)
			.hasSingleBean(VectorStoreService.class));
	}

	@Test
	void usersOwnServiceBeanWins() {
		this.contextRunner.withUserConfiguration(UserChatConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ChatCompletionService.class);
			assertThat(context.getBean(ChatCompletionService.class))
				.isSameAs(context.getBean(UserChatConfiguration.class).chat);
		});
	}

	@Test
	void usersOwnEvalServiceWins() {
		this.contextRunner.withUserConfiguration(UserEvalConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(EvalService.class);
			assertThat(context.getBean(EvalService.class)).isSameAs(UserEvalConfiguration.EVALS);
		});
	}

	@Test
	void aNamedClientHasItsOwnEvalServiceUnlessSwitchedOff() {
		this.contextRunner
			.withPropertyValues("openai.clients.a.api-key=sk-test-a", "openai.clients.b.api-key=sk-test-b",
					"openai.clients.b.evals.enabled=false")
			.run((context) -> {
				assertThat(context.getBean("aEvalService"))
					.isSameAs(context.getBean("aOpenAIClient", OpenAIClient.class).evals())
					.isNotSameAs(context.getBean(OpenAIClient.class).evals());
				assertThat(context).hasBean("bOpenAIClient").doesNotHaveBean("bEvalService");
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class UserEvalConfiguration {

		static final EvalService EVALS = OpenAIClient.builder()
			.config(OpenAIConfig.builder().apiKey("sk-test-user").build())
			.build()
			.evals();

		@Bean
		EvalService myEvalService() {
			return EVALS;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserChatConfiguration {

		final ChatCompletionService chat = Services.create(ChatCompletionService.class, new ApiExecutor(null, dev.integrations.openai.resilience.ResilienceOrchestrator.builder().build(),
					"example.test", 443));

		@Bean
		ChatCompletionService myChatCompletionService() {
			return this.chat;
		}

	}

}
