package dev.integrations.openai.internal;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JacksonAnnotation;
import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.common.OpenAIService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ClientRuntimeHints} against a list of the client's classes made here, independently: every class file
 * under the client's class-path root, loaded and classified by reflection.
 */
class ClientRuntimeHintsTest {

	private static final MemberCategory[] JACKSON_MEMBERS = { MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
			MemberCategory.INVOKE_DECLARED_METHODS, MemberCategory.ACCESS_DECLARED_FIELDS };

	private static final RuntimeHints hints = new RuntimeHints();

	private static List<Class<?>> clientClasses;

	@BeforeAll
	static void registerAndScan() throws Exception {
		new ClientRuntimeHints().registerHints(hints, ClientRuntimeHintsTest.class.getClassLoader());
		Path root = Path.of(OpenAIService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		try (Stream<Path> files = Files.walk(root)) {
			clientClasses = files.map((file) -> root.relativize(file).toString())
				.filter((name) -> name.endsWith(".class") && !name.endsWith("package-info.class"))
				.<Class<?>>map((name) -> ClassUtils.resolveClassName(
						name.substring(0, name.length() - ".class".length()).replace('/', '.'), null))
				.toList();
		}
	}

	@Test
	void everyRecordEnumAndSealedInterfaceIsOpenToJackson() {
		List<Class<?>> wireTypes = clientClasses.stream()
			.filter((type) -> type.isRecord() || type.isEnum() || type.isSealed())
			.toList();
		assertThat(wireTypes).as("wire types found by the test's own scan")
			.hasSizeGreaterThan(300)
			.contains(ChatCompletionChunk.class, dev.integrations.openai.chat.ToolCall.class,
					dev.integrations.openai.chat.ToolCall.Unknown.class, dev.integrations.openai.chat.FinishReason.class);
		assertThat(wireTypes.stream().filter((type) -> Modifier.isPublic(type.getModifiers())))
			.as("public ones").hasSizeGreaterThan(300);
		assertThat(wireTypes).allSatisfy((type) -> assertThat(
				RuntimeHintsPredicates.reflection().onType(type).withMemberCategories(JACKSON_MEMBERS))
			.as(type.getName())
			.accepts(hints));
	}

	@Test
	void recordsCanBeCreatedAndReadComponentByComponent() {
		List<Class<?>> records = clientClasses.stream().filter(Class::isRecord).toList();
		assertThat(records).allSatisfy((type) -> {
			Class<?>[] componentTypes = Arrays.stream(type.getRecordComponents())
				.map(RecordComponent::getType)
				.toArray(Class<?>[]::new);
			assertThat(invocable(type.getDeclaredConstructor(componentTypes))).as(type.getName()).accepts(hints);
			for (RecordComponent component : type.getRecordComponents()) {
				assertThat(invocable(component.getAccessor())).as(component.toString()).accepts(hints);
			}
		});
	}

	@Test
	void methodsWithJacksonAnnotationsAreInvocable() {
		List<Method> annotated = clientClasses.stream()
			.filter((type) -> type.isRecord() || type.isEnum() || type.isSealed())
			.flatMap((type) -> Arrays.stream(type.getDeclaredMethods()))
			.filter((method) -> !method.isSynthetic() && hasJacksonAnnotation(method))
			.toList();
		assertThat(annotated).as("@JsonCreator factories, @JsonValue and @JsonAnyGetter methods").isNotEmpty();
		assertThat(annotated).allSatisfy((method) -> assertThat(invocable(method)).as(method.toString()).accepts(hints));
	}

	@Test
	void deserializersAndSerializersNamedByAnnotationsCanBeInstantiated() throws Exception {
		Set<Class<?>> named = new LinkedHashSet<>();
		for (Class<?> type : clientClasses) {
			List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
			elements.addAll(List.of(type.getDeclaredFields()));
			elements.addAll(List.of(type.getDeclaredMethods()));
			for (AnnotatedElement element : elements) {
				JsonDeserialize deserialize = element.getAnnotation(JsonDeserialize.class);
				if (deserialize != null) {
					named.addAll(List.of(deserialize.using(), deserialize.contentUsing(), deserialize.keyUsing()));
				}
				JsonSerialize serialize = element.getAnnotation(JsonSerialize.class);
				if (serialize != null) {
					named.addAll(List.of(serialize.using(), serialize.contentUsing(), serialize.keyUsing()));
				}
			}
		}
		named.removeIf((type) -> !type.getName().startsWith("dev.integrations.openai."));
		assertThat(named).as("the client's own deserializers named by annotations").hasSizeGreaterThan(5);
		for (Class<?> type : named) {
			assertThat(invocable(type.getDeclaredConstructor())).as(type.getName()).accepts(hints);
		}
	}

	@Test
	void everyServiceImplementationCanBeCreatedByServices() throws Exception {
		List<Class<?>> services = clientClasses.stream()
			.filter((type) -> type.isInterface() && Modifier.isPublic(type.getModifiers())
					&& OpenAIService.class.isAssignableFrom(type) && type != OpenAIService.class)
			.toList();
		assertThat(services).hasSizeGreaterThan(20).contains(ChatCompletionService.class);
		for (Class<?> service : services) {
			Class<?> implementation = Class.forName(Services.implementationName(service));
			assertThat(invocable(implementation.getDeclaredConstructor(ApiExecutor.class))).as(implementation.getName())
				.accepts(hints);
		}
	}

	@Test
	void typesOutsideTheClientsOwnClassesAreLeftOut() {
		assertThat(RuntimeHintsPredicates.reflection().onType(TestOnlyRecord.class)).rejects(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(ClientRuntimeHintsTest.class)).rejects(hints);
	}

	@Test
	void registrarIsListedForSpringAot() {
		List<RuntimeHintsRegistrar> registrars = SpringFactoriesLoader
			.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class);
		assertThat(registrars).hasAtLeastOneElementOfType(ClientRuntimeHints.class);
	}

	private static boolean hasJacksonAnnotation(Method method) {
		return Arrays.stream(method.getDeclaredAnnotations())
			.anyMatch((annotation) -> annotation.annotationType().isAnnotationPresent(JacksonAnnotation.class));
	}

	private static Predicate<RuntimeHints> invocable(Constructor<?> constructor) {
		return RuntimeHintsPredicates.reflection().onConstructorInvocation(constructor);
	}

	private static Predicate<RuntimeHints> invocable(Method method) {
		return RuntimeHintsPredicates.reflection().onMethodInvocation(method);
	}

	/** A record of the client's package prefix that is not part of the client's classes. */
	record TestOnlyRecord(String id) {
	}

}
