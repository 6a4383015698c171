package dev.integrations.openai.autoconfigure;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.integrations.openai.assistants.AssistantService;
import dev.integrations.openai.assistants.ThreadService;
import dev.integrations.openai.audio.AudioService;
import dev.integrations.openai.batches.BatchService;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.chatkit.ChatKitService;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.completions.CompletionService;
import dev.integrations.openai.containers.ContainerService;
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
import dev.integrations.openai.skills.SkillService;
import dev.integrations.openai.uploads.UploadService;
import dev.integrations.openai.vectorstores.VectorStoreService;
import dev.integrations.openai.videos.VideoService;
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
			Map.entry(CompletionService.class, OpenAIClient::completions),
			Map.entry(ResponseService.class, OpenAIClient::responses),
			Map.entry(ConversationService.class, OpenAIClient::conversations),
			Map.entry(RealtimeService.class, OpenAIClient::realtime),
			Map.entry(ChatKitService.class, OpenAIClient::chatKit),
			Map.entry(EmbeddingService.class, OpenAIClient::embeddings),
			Map.entry(ModerationService.class, OpenAIClient::moderations),
			Map.entry(ImageService.class, OpenAIClient::images), Map.entry(AudioService.class, OpenAIClient::audio),
			Map.entry(FileService.class, OpenAIClient::files), Map.entry(UploadService.class, OpenAIClient::uploads),
			Map.entry(BatchService.class, OpenAIClient::batches),
			Map.entry(FineTuningService.class, OpenAIClient::fineTuning),
			Map.entry(EvalService.class, OpenAIClient::evals),
			Map.entry(VectorStoreService.class, OpenAIClient::vectorStores),
			Map.entry(SkillService.class, OpenAIClient::skills),
			Map.entry(VideoService.class, OpenAIClient::videos),
			Map.entry(ContainerService.class, OpenAIClient::containers),
			Map.entry(AssistantService.class, OpenAIClient::assistants),
			Map.entry(ThreadService.class, OpenAIClient::threads));

	static Stream<Arguments> switches() {
		return Stream.of(Arguments.of("models", ModelService.class), Arguments.of("chat", ChatCompletionService.class),
				Arguments.of("completions", CompletionService.class),
				Arguments.of("responses", ResponseService.class),
				Arguments.of("conversations", ConversationService.class), Arguments.of("realtime", RealtimeService.class),
				Arguments.of("chat-kit", ChatKitService.class),
				Arguments.of("embeddings", EmbeddingService.class),
				Arguments.of("moderations", ModerationService.class), Arguments.of("images", ImageService.class),
				Arguments.of("audio", AudioService.class), Arguments.of("files", FileService.class),
				Arguments.of("uploads", UploadService.class), Arguments.of("batches", BatchService.class),
				Arguments.of("fine-tuning", FineTuningService.class),
				Arguments.of("vector-stores", VectorStoreService.class), Arguments.of("skills", SkillService.class));
				Arguments.of("vector-stores", VectorStoreService.class), Arguments.of("videos", VideoService.class));
				Arguments.of("vector-stores", VectorStoreService.class),
				Arguments.of("containers", ContainerService.class));
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
	void aNamedClientGetsItsOwnCompletionServiceSwitchedByItsOwnProperty() {
		this.contextRunner
			.withPropertyValues("openai.clients.legacy.api-key=sk-test-legacy", "openai.clients.off.api-key=sk-test-off",
					"openai.clients.off.completions.enabled=false")
			.run((context) -> {
				OpenAIClient legacy = context.getBean("legacyOpenAIClient", OpenAIClient.class);
				assertThat(context.getBean("legacyCompletionService")).isSameAs(legacy.completions());
				assertThat(context).hasBean("offOpenAIClient").doesNotHaveBean("offCompletionService");
				assertThat(context.getBean(CompletionService.class))
					.isSameAs(context.getBean(OpenAIClient.class).completions());
			});
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
	void usersOwnChatKitServiceWinsOverTheClients() {
		this.contextRunner.withUserConfiguration(UserChatKitConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ChatKitService.class);
			assertThat(context.getBean(ChatKitService.class))
				.isSameAs(context.getBean(UserChatKitConfiguration.class).chatKit)
				.isNotSameAs(context.getBean(OpenAIClient.class).chatKit());
	void usersOwnSkillServiceBeanWins() {
		this.contextRunner.withUserConfiguration(UserSkillConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(SkillService.class);
			assertThat(context.getBean(SkillService.class)).isSameAs(UserSkillConfiguration.SKILLS);
	void usersOwnVideoServiceWinsOverTheClients() {
		this.contextRunner.withUserConfiguration(UserVideoConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(VideoService.class);
			assertThat(context.getBean(VideoService.class)).isSameAs(context.getBean(UserVideoConfiguration.class).videos)
				.isNotSameAs(context.getBean(OpenAIClient.class).videos());
	void usersOwnContainerServiceWins() {
		this.contextRunner.withUserConfiguration(UserContainerConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ContainerService.class);
			assertThat(context.getBean(ContainerService.class))
				.isSameAs(context.getBean(UserContainerConfiguration.class).containers);
	void usersOwnEvalServiceWins() {
		this.contextRunner.withUserConfiguration(UserEvalConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(EvalService.class);
			assertThat(context.getBean(EvalService.class)).isSameAs(UserEvalConfiguration.EVALS);
		});
	}

	@Test
	void aNamedClientGetsItsChatKitServiceUnlessItsOrTheTopLevelSwitchIsOff() {
		this.contextRunner.withPropertyValues("openai.clients.a.api-key=sk-test-a", "openai.clients.b.api-key=sk-test-b",
				"openai.clients.b.chat-kit.enabled=false").run((context) -> {
					assertThat(context.getBean("aChatKitService"))
						.isSameAs(context.getBean("aOpenAIClient", OpenAIClient.class).chatKit());
					assertThat(context).doesNotHaveBean("bChatKitService").hasBean("bModelService");
				});
		this.contextRunner.withPropertyValues("openai.clients.a.api-key=sk-test-a", "openai.chat-kit.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("aChatKitService")
				.doesNotHaveBean(ChatKitService.class)
				.hasBean("aModelService"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserChatKitConfiguration {

		final ChatKitService chatKit = Services.create(ChatKitService.class, new ApiExecutor(null,
				dev.integrations.openai.resilience.ResilienceOrchestrator.builder().build(), "example.test", 443));

		@Bean
		ChatKitService myChatKitService() {
			return this.chatKit;
	void aNamedClientGetsItsOwnSkillServiceAndItsSwitchRemovesOnlyThatOne() {
		this.contextRunner
			.withPropertyValues("openai.clients.tenant.api-key=sk-test-tenant",
					"openai.clients.other.api-key=sk-test-other", "openai.clients.other.skills.enabled=false")
			.run((context) -> {
				OpenAIClient tenant = context.getBean("tenantOpenAIClient", OpenAIClient.class);
				assertThat(context.getBean("tenantSkillService")).isSameAs(tenant.skills());
				assertThat(context).hasBean("otherOpenAIClient").doesNotHaveBean("otherSkillService");
				assertThat(context.getBean(SkillService.class)).isSameAs(context.getBean(OpenAIClient.class).skills());
	void aNamedClientHasItsOwnVideoServiceSwitchedByItsOwnProperty() {
		this.contextRunner
			.withPropertyValues("openai.clients.a.api-key=sk-test-a", "openai.clients.b.api-key=sk-test-b",
					"openai.clients.b.videos.enabled=false")
			.run((context) -> {
				assertThat(context.getBean("aVideoService"))
					.isSameAs(context.getBean(OpenAIClients.class).get("a").videos());
				assertThat(context).doesNotHaveBean("bVideoService").hasBean("bModelService");
				assertThat(context.getBean(VideoService.class)).as("the unqualified bean is the default client's")
					.isSameAs(context.getBean("openAIVideoService"))
					.isNotSameAs(context.getBean("aVideoService"));
	void aNamedClientGetsItsOwnContainerServiceUnlessSwitchedOff() {
		this.contextRunner
			.withPropertyValues("openai.clients.sandbox.api-key=sk-test-sandbox",
					"openai.clients.quiet.api-key=sk-test-quiet", "openai.clients.quiet.containers.enabled=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				OpenAIClient sandbox = context.getBean("sandboxOpenAIClient", OpenAIClient.class);
				assertThat(context.getBean("sandboxContainerService")).isSameAs(sandbox.containers());
				assertThat(context).doesNotHaveBean("quietContainerService").hasBean("quietModelService");
				assertThat(context.getBean(ContainerService.class))
					.isSameAs(context.getBean(OpenAIClient.class).containers());
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
	static class UserSkillConfiguration {

		static final SkillService SKILLS = Services.create(SkillService.class, new ApiExecutor(null,
				dev.integrations.openai.resilience.ResilienceOrchestrator.builder().build(), "example.test", 443));

		@Bean
		SkillService mySkillService() {
			return SKILLS;
	static class UserVideoConfiguration {

		final VideoService videos = Services.create(VideoService.class, new ApiExecutor(null,
				dev.integrations.openai.resilience.ResilienceOrchestrator.builder().build(), "example.test", 443));

		@Bean
		VideoService myVideoService() {
			return this.videos;
	static class UserContainerConfiguration {

		final ContainerService containers = Services.create(ContainerService.class, new ApiExecutor(null,
				dev.integrations.openai.resilience.ResilienceOrchestrator.builder().build(), "example.test", 443));

		@Bean
		ContainerService myContainerService() {
			return this.containers;
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
