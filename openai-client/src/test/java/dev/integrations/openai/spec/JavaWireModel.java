package dev.integrations.openai.spec;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the Java wire types look like on the wire, as the shared mapper {@link OpenAIJson} sees them: property names
 * after the snake_case strategy, {@code @JsonProperty}, {@code @JsonIgnore} and {@code @JsonUnwrapped} (the
 * {@code @JsonAnyGetter} map of extra fields is none); enum wire
 * values; the members of sealed unions, by {@code @JsonSubTypes} or, for unions read by a custom deserializer, by
 * asking the mapper which member a {@code {"type": value}} object becomes.
 */
final class JavaWireModel {

	/** The JSON kind a Java type is written as. */
	enum Kind {

		STRING, INTEGER, NUMBER, BOOLEAN, FILE, ENUM, ARRAY, MAP, OBJECT, UNION, ANY

	}

	/**
	 * One JSON property of a Java wire type.
	 * @param name the wire name
	 * @param type the Java type of its value
	 * @param nullable whether the component is {@code @Nullable}
	 * @param primitive whether the component is a Java primitive (never absent)
	 */
	record Property(String name, JavaType type, boolean nullable, boolean primitive) {
	}

	private final JsonMapper mapper = OpenAIJson.mapper();

	/**
	 * Resolves a reflected type.
	 * @param type a class or parameterized type
	 * @return the Jackson type
	 */
	JavaType type(java.lang.reflect.Type type) {
		return this.mapper.getTypeFactory().constructType(type);
	}

	/**
	 * A generic type such as {@code ListResponse<Model>}.
	 * @param raw the generic class
	 * @param arguments its type arguments
	 * @return the type
	 */
	JavaType parameterized(Class<?> raw, Class<?>... arguments) {
		return this.mapper.getTypeFactory().constructParametricType(raw, arguments);
	}

	/**
	 * The JSON kind of a type; a type written through a {@code @JsonValue} accessor has the accessor's kind.
	 * @param type the type
	 * @return the kind
	 */
	Kind kind(JavaType type) {
		Class<?> raw = type.getRawClass();
		if (raw == String.class || raw == Character.class || raw == char.class
				|| java.time.temporal.Temporal.class.isAssignableFrom(raw)) {
			return Kind.STRING;
		}
		if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
				|| raw == Short.class || raw == short.class || raw == BigInteger.class) {
			return Kind.INTEGER;
		}
		if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class
				|| raw == BigDecimal.class || raw == Number.class) {
			return Kind.NUMBER;
		}
		if (raw == Boolean.class || raw == boolean.class) {
			return Kind.BOOLEAN;
		}
		if (FileContent.class.isAssignableFrom(raw) || raw == Path.class || raw == byte[].class) {
			return Kind.FILE;
		}
		if (raw.isEnum()) {
			return Kind.ENUM;
		}
		if (type.isCollectionLikeType() || type.isArrayType()) {
			return Kind.ARRAY;
		}
		if (type.isMapLikeType()) {
			return Kind.MAP;
		}
		if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
			return Kind.ANY;
		}
		if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
			return Kind.UNION;
		}
		JavaType delegate = valueDelegate(type);
		return (delegate != null) ? kind(delegate) : Kind.OBJECT;
	}

	/**
	 * The type of a {@code @JsonValue} accessor, through which the value is written.
	 * @param type the type
	 * @return the accessor's type, or null
	 */
	@Nullable JavaType valueDelegate(JavaType type) {
		AnnotatedMember accessor = describe(type).findJsonValueAccessor();
		return (accessor != null) ? accessor.getType() : null;
	}

	/**
	 * The element type of an array kind, or the value type of a map kind, following a {@code @JsonValue} accessor.
	 * @param type the type
	 * @return the content type
	 */
	JavaType contentType(JavaType type) {
		JavaType delegate = valueDelegate(type);
		if (delegate != null && !type.isContainerType()) {
			return contentType(delegate);
		}
		return type.getContentType();
	}

	/**
	 * The JSON properties of an object type, in order of declaration: what is written for a request, what can be
	 * read for a response (so convenience getters such as {@code isTerminal()} are no wire properties).
	 * @param type the type
	 * @param written whether the type is written (a request) rather than read
	 * @return the properties by wire name
	 */
	Map<String, Property> properties(JavaType type, boolean written) {
		Map<String, Property> properties = new LinkedHashMap<>();
		BeanDescription description = describe(type);
		JsonTypeInfo typeInfo = description.getClassAnnotations().get(JsonTypeInfo.class);
		if (typeInfo != null && typeInfo.include() == JsonTypeInfo.As.PROPERTY && !type.isInterface()) {
			// a member of a union used on its own: Jackson writes and reads the type id as this property
			properties.put(typeInfo.property(), new Property(typeInfo.property(), type(String.class), false, false));
		}
		for (BeanPropertyDefinition definition : description.findProperties()) {
			if (!definition.couldSerialize() || !written && !definition.couldDeserialize()) {
				continue;
			}
			AnnotatedMember member = definition.getAccessor();
			if (member == null || isExtras(type, definition)) {
				continue;
			}
			if (member.hasAnnotation(JsonUnwrapped.class) || field(type, definition.getInternalName()) != null
					&& field(type, definition.getInternalName()).isAnnotationPresent(JsonUnwrapped.class)) {
				properties.putAll(properties(member.getType(), written));
				continue;
			}
			properties.put(definition.getName(), new Property(definition.getName(), member.getType(),
					nullable(member), member.getType().isPrimitive()));
		}
		return properties;
	}

	/**
	 * The wire values of an enum, without its {@code @JsonEnumDefaultValue} fallback: the JSON value, or for enums
	 * sent in multipart forms the value of their {@code wireValue()} method.
	 * @param type the enum type
	 * @return the values
	 */
	Set<String> enumValues(JavaType type) {
		Set<String> values = new LinkedHashSet<>();
		Method wireValue = wireValueMethod(type.getRawClass());
		for (Object constant : type.getRawClass().getEnumConstants()) {
			Field field = field(type, ((Enum<?>) constant).name());
			if (field != null && field.isAnnotationPresent(JsonEnumDefaultValue.class)) {
				continue;
			}
			try {
				values.add((wireValue != null) ? String.valueOf(wireValue.invoke(constant))
						: this.mapper.convertValue(constant, String.class));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return values;
	}

	private static @Nullable Method wireValueMethod(Class<?> enumType) {
		try {
			return enumType.getMethod("wireValue");
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	/**
	 * The discriminator property of a union declared with {@code @JsonTypeInfo}.
	 * @param union the union type
	 * @return the property name, or null for unions read another way
	 */
	@Nullable String discriminator(JavaType union) {
		JsonTypeInfo info = union.getRawClass().getAnnotation(JsonTypeInfo.class);
		return (info != null) ? info.property() : null;
	}

	/**
	 * The member of a union that a discriminator value selects: by {@code @JsonSubTypes} names, otherwise by reading
	 * {@code {"<property>": "<value>"}} with the shared mapper, and where that cannot be read, by the member whose
	 * name is the value ({@code json_schema} selects {@code JsonSchema}).
	 * @param union the union type
	 * @param property the discriminator property of the spec
	 * @param value the discriminator value
	 * @return the member, or null when the value has no member (or only the unknown fallback)
	 */
	@Nullable JavaType member(JavaType union, String property, String value) {
		Class<?> raw = union.getRawClass();
		JsonSubTypes subTypes = raw.getAnnotation(JsonSubTypes.class);
		if (subTypes != null && raw.isAnnotationPresent(JsonTypeInfo.class)) {
			for (JsonSubTypes.Type subType : subTypes.value()) {
				if (typeNames(subType).contains(value)) {
					return type(subType.value());
				}
			}
			return null;
		}
		try {
			Object read = this.mapper.readValue(this.mapper.writeValueAsString(Map.of(property, value)), union);
			return (read == null || isFallback(read.getClass())) ? null : type(read.getClass());
		}
		catch (RuntimeException ex) {
			// write-only unions and members with required fields cannot be read from the value alone: match by name
			String wanted = normalized(value);
			return members(union).stream()
				.filter((member) -> normalized(member.getRawClass().getSimpleName()).equals(wanted))
				.findFirst()
				.orElse(null);
		}
	}

	private static String normalized(String name) {
		return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The members of a sealed union (nested sealed interfaces flattened), without the unknown fallback.
	 * @param union the union type
	 * @return the members
	 */
	List<JavaType> members(JavaType union) {
		List<JavaType> members = new ArrayList<>();
		Class<?>[] permitted = union.getRawClass().getPermittedSubclasses();
		for (Class<?> member : (permitted != null) ? permitted : new Class<?>[0]) {
			if (member.isInterface() && member.isSealed()) {
				members.addAll(members(type(member)));
			}
			else if (!isFallback(member)) {
				members.add(type(member));
			}
		}
		return members;
	}

	private static Set<String> typeNames(JsonSubTypes.Type subType) {
		Set<String> names = new LinkedHashSet<>(List.of(subType.names()));
		if (!subType.name().isEmpty()) {
			names.add(subType.name());
		}
		JsonTypeName typeName = subType.value().getAnnotation(JsonTypeName.class);
		if (typeName != null) {
			names.add(typeName.value());
		}
		return names;
	}

	/**
	 * Whether a property is the {@code @JsonAnyGetter}/{@code @JsonAnySetter} map of unknown fields (the
	 * {@code extra} component), which is no wire property of its own.
	 */
	private static boolean isExtras(JavaType type, BeanPropertyDefinition definition) {
		AnnotatedMember accessor = definition.getAccessor();
		if (accessor != null && (accessor.hasAnnotation(JsonAnyGetter.class)
				|| accessor.hasAnnotation(JsonAnySetter.class))) {
			return true;
		}
		Field field = field(type, definition.getInternalName());
		return field != null
				&& (field.isAnnotationPresent(JsonAnyGetter.class) || field.isAnnotationPresent(JsonAnySetter.class));
	}

	private static boolean isFallback(Class<?> member) {
		String name = member.getSimpleName();
		return name.startsWith("Unknown") || name.equals("Other");
	}

	private static boolean nullable(AnnotatedMember member) {
		if (member.getMember() instanceof Method method) {
			AnnotatedType returned = method.getAnnotatedReturnType();
			return returned.isAnnotationPresent(Nullable.class);
		}
		if (member.getMember() instanceof Field field) {
			return field.getAnnotatedType().isAnnotationPresent(Nullable.class);
		}
		return false;
	}

	private static @Nullable Field field(JavaType type, String name) {
		for (Class<?> c = type.getRawClass(); c != null; c = c.getSuperclass()) {
			try {
				return c.getDeclaredField(name);
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
		}
		return null;
	}

	private BeanDescription describe(JavaType type) {
		return this.mapper._serializationContext().introspectBeanDescription(type);
	}

}
