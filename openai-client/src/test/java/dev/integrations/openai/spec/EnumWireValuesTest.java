package dev.integrations.openai.spec;

import java.lang.reflect.Method;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import dev.integrations.openai.assistants.RunStatus;
import dev.integrations.openai.conventions.MainClasses;
import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wire names of the client's enums come from the mapper's enum naming strategy (the lower-cased constant name)
 * with {@code @JsonProperty} only where that cannot produce the value. For every constant of every enum of the wire
 * packages this checks the value written is one the spec knows, that it reads back as the same constant, and that an
 * unknown value still reads as the enum's fallback; an enum outside the client (a caller's, in an extra body
 * property) keeps Jackson's default naming.
 */
class EnumWireValuesTest {

	/** Packages whose enums are not wire types (nor are enums nested in exceptions). */
	private static final Set<String> NOT_WIRE = Set.of("client", "auth", "errors", "resilience", "transport",
			"internal", "azure", "ratelimit");

	/**
	 * Wire values the client knows that the spec's enums lack: the pause endpoint's status (the spec shows it only
	 * in the example of {@code POST /fine_tuning/jobs/{id}/pause}).
	 */
	private static final Set<String> NOT_IN_SPEC_ENUMS = Set.of("paused");

	private static final JsonMapper MAPPER = OpenAIJson.mapper();

	@Test
	void everyConstantOfEveryClientEnumWritesASpecValueAndReadsBackAsItself() throws Exception {
		Set<String> specValues = SpecDocument.load().allEnumValues();
		List<Class<?>> enums = wireEnums();
		assertThat(enums).hasSizeGreaterThan(40).contains(RunStatus.class);
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Class<?> type : enums) {
			for (Object constant : type.getEnumConstants()) {
				if (isFallback(constant)) {
					continue;
				}
				String wire = wireValue(constant);
				if (!specValues.contains(wire) && !NOT_IN_SPEC_ENUMS.contains(wire)) {
					problems.add(type.getName() + "." + constant + " writes \"" + wire + "\", no spec value");
				}
				try {
					Object read = MAPPER.readValue(MAPPER.writeValueAsString(constant), type);
					if (read != constant) {
						problems.add(type.getName() + "." + constant + " reads back as " + read);
					}
				}
				catch (JacksonException ex) {
					problems.add(type.getName() + "." + constant + " does not read back: " + ex.getOriginalMessage());
				}
				checked++;
			}
		}
		assertThat(problems).isEmpty();
		assertThat(checked).isGreaterThan(200);
	}

	@Test
	void aValueTheClientDoesNotKnowReadsAsTheFallbackOfEveryEnumThatHasOne() throws Exception {
		int withFallback = 0;
		for (Class<?> type : wireEnums()) {
			for (Object constant : type.getEnumConstants()) {
				if (isFallback(constant)) {
					assertThat(MAPPER.readValue("\"added_next_year\"", type)).as(type.getName()).isSameAs(constant);
					withFallback++;
				}
			}
		}
		assertThat(withFallback).isGreaterThan(20);
	}

	@Test
	void anEnumOutsideTheClientKeepsItsConstantNameOnTheWire() {
		assertThat(MAPPER.writeValueAsString(Map.of("day", DayOfWeek.MONDAY))).isEqualTo("{\"day\":\"MONDAY\"}");
		assertThat(MAPPER.readValue("\"MONDAY\"", DayOfWeek.class)).isSameAs(DayOfWeek.MONDAY);
	}

	private static String wireValue(Object constant) throws ReflectiveOperationException {
		Method wireValue = wireValueMethod(constant.getClass());
		if (wireValue != null) {
			assertThat(wireValue.invoke(constant)).as("wireValue() of " + constant)
				.isEqualTo(MAPPER.convertValue(constant, String.class));
		}
		return MAPPER.convertValue(constant, String.class);
	}

	private static Method wireValueMethod(Class<?> type) {
		try {
			Method method = type.getMethod("wireValue");
			return (method.getReturnType() == String.class) ? method : null;
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	private static boolean isFallback(Object constant) {
		try {
			return ((Enum<?>) constant).getDeclaringClass()
				.getField(((Enum<?>) constant).name())
				.isAnnotationPresent(JsonEnumDefaultValue.class);
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<Class<?>> wireEnums() {
		return MainClasses.all().stream().filter((type) -> type.isEnum() && !NOT_WIRE.contains(group(type))
				&& (type.getEnclosingClass() == null || !Throwable.class.isAssignableFrom(type.getEnclosingClass())))
			.toList();
	}

	private static String group(Class<?> type) {
		String name = type.getPackageName().substring("dev.integrations.openai.".length());
		return name.split("\\.")[0];
	}

}
