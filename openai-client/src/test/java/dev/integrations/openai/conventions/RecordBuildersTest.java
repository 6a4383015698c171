package dev.integrations.openai.conventions;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.integrations.openai.common.RecordBuilder;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.BridgeMethodResolver;
import org.springframework.core.ResolvableType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every builder that extends {@link RecordBuilder} and calls each of its setters, so a setter naming a record
 * component that does not exist (a typo in {@code set("topP", ...)}) or passing a value of another type fails here
 * instead of in a caller's program.
 */
class RecordBuildersTest {

	@TempDir
	static Path directory;

	@Test
	void everySetterOfEveryRecordBuilderNamesAComponentOfItsRecord() throws Exception {
		List<Class<?>> builders = MainClasses.all()
			.stream()
			.filter((type) -> RecordBuilder.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers()))
			.toList();
		assertThat(builders).hasSizeGreaterThanOrEqualTo(12);
		List<String> problems = new ArrayList<>();
		int setters = 0;
		for (Class<?> builder : builders) {
			for (Method setter : builder.getMethods()) {
				if (isSetter(builder, setter)) {
					String problem = call(builder, setter);
					if (problem != null) {
						problems.add(recordOf(builder).getSimpleName() + " builder #" + setter.getName() + ": " + problem);
					}
					setters++;
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(setters).isGreaterThan(100);
	}

	/**
	 * A setter of the builder: a public method of the builder or of a package-private base it extends (such as
	 * {@code ChatCompletionRequestSettings}) that returns the builder; the setters of {@code RecordBuilder} and
	 * {@code RequestBuilder} themselves are not the builder's.
	 */
	private static boolean isSetter(Class<?> builder, Method method) {
		Class<?> declaring = method.getDeclaringClass();
		Method declared = BridgeMethodResolver.findBridgedMethod(method);
		Class<?> returned = ResolvableType.forMethodReturnType(declared, builder).resolve(Object.class);
		return returned == builder && RecordBuilder.class.isAssignableFrom(declaring) && declaring != RecordBuilder.class;
	}

	/**
	 * The record a builder builds: the first type argument of {@code RecordBuilder<R, B>}, resolved through generic
	 * bases (such as {@code RealtimeModelSettingsBuilder<R, B>}).
	 */
	private static Class<?> recordOf(Class<?> builder) {
		return ResolvableType.forClass(builder).as(RecordBuilder.class).getGeneric(0).resolve(Object.class);
	}

	/**
	 * Calls a setter on a new builder, first with {@code null} (zero for primitives), then with sample values if the
	 * setter itself refuses {@code null}.
	 * @return the failure of the builder's component lookup, or null when the setter ran
	 */
	private static @Nullable String call(Class<?> builder, Method setter) throws Exception {
		Throwable failure = invoke(builder, setter, false);
		if (failure != null && !isComponentFailure(failure)) {
			failure = invoke(builder, setter, true);
		}
		if (failure == null) {
			return null;
		}
		return isComponentFailure(failure) ? failure.getMessage() : "could not be called: " + failure;
	}

	private static @Nullable Throwable invoke(Class<?> builder, Method setter, boolean samples) throws Exception {
		Object target = recordOf(builder).getMethod("builder").invoke(null);
		Class<?>[] types = setter.getParameterTypes();
		Object[] args = new Object[types.length];
		for (int i = 0; i < types.length; i++) {
			args[i] = (samples || types[i].isPrimitive()) ? sample(types[i]) : null;
		}
		try {
			setter.invoke(target, args);
			return null;
		}
		catch (InvocationTargetException ex) {
			return ex.getCause();
		}
	}

	private static boolean isComponentFailure(Throwable failure) {
		return failure instanceof IllegalStateException && failure.getStackTrace().length > 0
				&& failure.getStackTrace()[0].getClassName().startsWith(RecordBuilder.class.getName());
	}

	private static @Nullable Object sample(Class<?> type) throws Exception {
		if (type == String.class) {
			return "sample";
		}
		if (type == int.class || type == Integer.class) {
			return 1;
		}
		if (type == long.class || type == Long.class) {
			return 1L;
		}
		if (type == double.class || type == Double.class) {
			return 0.5;
		}
		if (type == boolean.class || type == Boolean.class) {
			return true;
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		if (type.isArray()) {
			Object element = sample(type.getComponentType());
			Object array = Array.newInstance(type.getComponentType(), (element != null) ? 1 : 0);
			if (element != null) {
				Array.set(array, 0, element);
			}
			return array;
		}
		if (type == List.class) {
			return List.of("sample");
		}
		if (type == Map.class) {
			return Map.of();
		}
		if (type == Path.class) {
			return Files.write(Files.createTempFile(directory, "sample", ".png"), new byte[] { 1, 2, 3 });
		}
		if (JsonNode.class.isAssignableFrom(type)) {
			return JsonNodeFactory.instance.objectNode();
		}
		return fromFactory(type);
	}

	/**
	 * A value of a client type from its own public static factory ({@code FunctionDefinition.of(name, ...)},
	 * {@code ContentPart.text(text)}): {@code of} or {@code text} first, then the one with the fewest parameters.
	 */
	private static @Nullable Object fromFactory(Class<?> type) throws Exception {
		if (!type.getName().startsWith("dev.integrations.openai.")) {
			return null;
		}
		List<Method> factories = new ArrayList<>();
		for (Method method : type.getMethods()) {
			if (Modifier.isStatic(method.getModifiers()) && type.isAssignableFrom(method.getReturnType())
					&& method.getDeclaringClass() == type) {
				factories.add(method);
			}
		}
		factories.sort(Comparator.comparing((Method method) -> !Set.of("of", "text").contains(method.getName()))
			.thenComparing(Method::getParameterCount)
			.thenComparing(Method::getName));
		for (Method factory : factories) {
			Object[] args = new Object[factory.getParameterCount()];
			for (int i = 0; i < args.length; i++) {
				Class<?> parameter = factory.getParameterTypes()[i];
				args[i] = (parameter == type) ? null : sample(parameter);
			}
			try {
				return factory.invoke(null, args);
			}
			catch (InvocationTargetException ex) {
				// try the next factory
			}
		}
		return null;
	}

}
