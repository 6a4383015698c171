package dev.integrations.openai.spec;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JavaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collections read from a response are never {@code null}: for every record only responses reach (from the response
 * and event types of {@link ImplementedOperations}, not from any request body, where a missing list means "not
 * sent"), the smallest JSON it can be read from (an empty object, or just the {@code type} of a union member)
 * parses, and each {@code List} and {@code Map} component reads as an empty one.
 */
class ResponseCollectionsTest {

	private static final Set<Class<?>> responseOnly = new LinkedHashSet<>();

	@BeforeAll
	static void walkTheTable() {
		ImplementedOperations table = new ImplementedOperations(new JavaWireModel());
		Set<Class<?>> requests = reach(table.entries().stream().map(ImplementedOperations.Entry::request).toList());
		List<JavaType> read = new ArrayList<>();
		table.entries().forEach((entry) -> {
			read.add(entry.response());
			read.add(entry.event());
		});
		reach(read).stream()
			.filter((type) -> type.isRecord() && !requests.contains(type))
			.forEach(responseOnly::add);
	}

	@Test
	void everyCollectionOfAResponseRecordReadsAsEmptyWhenMissing() throws Exception {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Class<?> record : responseOnly) {
			Function<String, Object> reader = minimalReader(record);
			if (reader == null) {
				continue;
			}
			checked++;
			try {
				Object value = reader.apply(record.getName());
				for (RecordComponent component : record.getRecordComponents()) {
					Class<?> type = component.getType();
					if ((Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type))
							&& component.getAccessor().invoke(value) == null) {
						problems.add(record.getName() + "." + component.getName() + " reads as null");
					}
				}
			}
			catch (RuntimeException ex) {
				problems.add(record.getName() + " does not read from its minimal JSON: " + ex.getMessage());
			}
		}
		assertThat(checked).as("records checked").isGreaterThan(200);
		assertThat(problems).isEmpty();
	}

	/**
	 * How to read the record from its smallest JSON: an empty object, or the {@code type} alone for a member of a
	 * union; {@code null} for a union member serving several type names, whose JSON needs one of them.
	 */
	private static Function<String, Object> minimalReader(Class<?> record) {
		Class<?> union = union(record);
		if (union == null) {
			return (name) -> OpenAIJson.mapper().readValue("{}", record);
		}
		JsonTypeName typeName = record.getAnnotation(JsonTypeName.class);
		if (typeName == null) {
			return null;
		}
		String property = union.getAnnotation(JsonTypeInfo.class).property();
		return (name) -> {
			Object value = OpenAIJson.mapper()
				.readValue("{\"" + property + "\":\"" + typeName.value() + "\"}", union);
			assertThat(value).as(name).isInstanceOf(record);
			return value;
		};
	}

	/** The union a type belongs to: the nearest sealed interface above it that carries {@code @JsonTypeInfo}. */
	private static Class<?> union(Class<?> type) {
		for (Class<?> parent : type.getInterfaces()) {
			if (parent.isSealed() && parent.isAnnotationPresent(JsonTypeInfo.class)) {
				return parent;
			}
			Class<?> above = union(parent);
			if (above != null) {
				return above;
			}
		}
		return null;
	}

	/** The records, unions and their members a set of types reaches through record components. */
	private static Set<Class<?>> reach(List<JavaType> roots) {
		Deque<Class<?>> pending = new ArrayDeque<>();
		roots.forEach((root) -> push(root, pending));
		Set<Class<?>> reached = new LinkedHashSet<>();
		while (!pending.isEmpty()) {
			Class<?> type = pending.pop();
			if (!type.getName().startsWith("dev.integrations.openai.") || !reached.add(type)) {
				continue;
			}
			if (type.isSealed()) {
				pending.addAll(Arrays.asList(type.getPermittedSubclasses()));
			}
			if (type.isRecord() && !Modifier.isAbstract(type.getModifiers())) {
				for (RecordComponent component : type.getRecordComponents()) {
					push(component.getGenericType(), pending);
				}
			}
		}
		return reached;
	}

	private static void push(JavaType type, Deque<Class<?>> pending) {
		if (type != null) {
			pending.push(type.getRawClass());
			for (int i = 0; i < type.containedTypeCount(); i++) {
				push(type.containedType(i), pending);
			}
		}
	}

	private static void push(Type type, Deque<Class<?>> pending) {
		if (type instanceof Class<?> raw) {
			pending.push(raw);
		}
		else if (type instanceof ParameterizedType parameterized) {
			push(parameterized.getRawType(), pending);
			Arrays.stream(parameterized.getActualTypeArguments()).forEach((argument) -> push(argument, pending));
		}
	}

}
