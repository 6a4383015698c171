package dev.integrations.openai.autoconfigure;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.integrations.openai.assistants.AssistantService;
import dev.integrations.openai.assistants.ThreadService;
import dev.integrations.openai.audio.AudioService;
import dev.integrations.openai.batches.BatchService;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.chatkit.ChatKitService;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.common.OpenAIService;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service beans: one per service of {@link OpenAIClient} (found by reflection, so a new API group cannot be
 * forgotten), taken from the client, each behind its {@code openai.<group>.enabled} switch, backing off for a user's
 * bean, and the same for every named client.
 */
@SuppressWarnings("deprecation")
class ServiceBeansTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
		.withPropertyValues("openai.api-key=sk-test-beans");

	/** The switch of each service; a service of the client missing here fails {@link #everyServiceHasASwitch}. */
	private static final Map<Class<?>, String> SWITCHES = Map.ofEntries(Map.entry(ModelService.class, "models"),
			Map.entry(ChatCompletionService.class, "chat"), Map.entry(CompletionService.class, "completions"),
			Map.entry(ResponseService.class, "responses"), Map.entry(ConversationService.class, "conversations"),
			Map.entry(ChatKitService.class, "chat-kit"), Map.entry(RealtimeService.class, "realtime"),
			Map.entry(EmbeddingService.class, "embeddings"), Map.entry(ModerationService.class, "moderations"),
			Map.entry(ImageService.class, "images"), Map.entry(AudioService.class, "audio"),
			Map.entry(FileService.class, "files"), Map.entry(UploadService.class, "uploads"),
			Map.entry(BatchService.class, "batches"), Map.entry(FineTuningService.class, "fine-tuning"),
			Map.entry(EvalService.class, "evals"), Map.entry(VectorStoreService.class, "vector-stores"),
			Map.entry(SkillService.class, "skills"), Map.entry(VideoService.class, "videos"),
			Map.entry(ContainerService.class, "containers"), Map.entry(AssistantService.class, "assistants"),
			Map.entry(ThreadService.class, "assistants"));

	/** Every accessor of {@link OpenAIClient} that returns a service. */
	private static final List<Method> ACCESSORS = Arrays.stream(OpenAIClient.class.getMethods())
		.filter((method) -> method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
				&& OpenAIService.class.isAssignableFrom(method.getReturnType()))
		.toList();

	static Stream<Arguments> services() {
		return ACCESSORS.stream()
			.map((accessor) -> Arguments.of(accessor.getReturnType().getSimpleName(), accessor.getReturnType(),
					accessor));
	}

	@Test
	void everyServiceHasASwitch() {
		assertThat(ACCESSORS).hasSizeGreaterThanOrEqualTo(22);
		assertThat(SWITCHES.keySet()).containsExactlyInAnyOrderElementsOf(
				ACCESSORS.stream().<Class<?>>map(Method::getReturnType).toList());
	}

	@ParameterizedTest(name = "{0} is a bean taken from the client")
	@MethodSource("services")
	void everyServiceIsABeanTakenFromTheClient(String name, Class<?> type, Method accessor) {
		this.contextRunner.run((context) -> assertThat(context.getBean(type))
			.isSameAs(accessor.invoke(context.getBean(OpenAIClient.class))));
	}

	@ParameterizedTest(name = "the switch of {0} removes it and only the services it switches")
	@MethodSource("services")
	void eachSwitchRemovesOnlyItsServices(String name, Class<?> type, Method accessor) {
		String group = SWITCHES.get(type);
		this.contextRunner.withPropertyValues("openai." + group + ".enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(type).hasSingleBean(OpenAIClient.class);
			SWITCHES.forEach((other, otherGroup) -> {
				if (!otherGroup.equals(group)) {
					assertThat(context).hasSingleBean(other);
				}
			});
		});
	}

	@Test
	void assistantsSwitchRemovesBothAssistantsServices() {
		this.contextRunner.withPropertyValues("openai.assistants.enabled=false").run((context) -> assertThat(context)
			.doesNotHaveBean(AssistantService.class)
			.doesNotHaveBean(ThreadService.class)
			.hasSingleBean(VectorStoreService.class));
	}

	@ParameterizedTest(name = "a user's own {0} wins over the client's")
	@MethodSource("services")
	void usersOwnServiceBeanWins(String name, Class<?> type, Method accessor) {
		Object mine = userService(type);
		this.contextRunner.withBean("my" + name, castTo(type), () -> mine).run((context) -> {
			assertThat(context).hasSingleBean(type);
			assertThat(context.getBean(type)).isSameAs(mine)
				.isNotSameAs(accessor.invoke(context.getBean(OpenAIClient.class)));
		});
	}

	@ParameterizedTest(name = "a named client gets its own {0}, unless its or the top-level switch is off")
	@MethodSource("services")
	void everyNamedClientGetsEveryServiceUnlessSwitchedOff(String name, Class<?> type, Method accessor) {
		String group = SWITCHES.get(type);
		this.contextRunner
			.withPropertyValues("openai.clients.a.api-key=sk-test-a", "openai.clients.b.api-key=sk-test-b",
					"openai.clients.b." + group + ".enabled=false")
			.run((context) -> {
				assertThat(context.getBean("a" + name)).isSameAs(accessor.invoke(context.getBean("aOpenAIClient")));
				assertThat(context).doesNotHaveBean("b" + name).hasBean("bOpenAIClient");
			});
		this.contextRunner
			.withPropertyValues("openai.clients.a.api-key=sk-test-a", "openai." + group + ".enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("a" + name).hasBean("aOpenAIClient"));
	}

	/** A user's implementation of the service, such as a test double. */
	private static Object userService(Class<?> type) {
		return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> method.getName().equals("toString") ? "user's " + type.getSimpleName() : null);
	}

	@SuppressWarnings("unchecked")
	private static <T> Class<T> castTo(Class<?> type) {
		return (Class<T>) type;
	}

}
