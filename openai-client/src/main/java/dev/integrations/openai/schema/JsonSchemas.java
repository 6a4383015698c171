package dev.integrations.openai.schema;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfig;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.UserJson;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of a Java type as OpenAI's Structured Outputs accept it in strict mode, generated with the
 * victools generator and cached per type. The schema names properties as the type's own Jackson annotations do
 * (default naming, {@code @JsonProperty}, {@code @JsonNaming}), the same way the reply is read back, so a record
 * component {@code firstName} stays {@code firstName}.
 * <ul>
 * <li>records and classes become objects, their properties in declaration order (the order the model writes
 * them in), with {@code "additionalProperties": false} and every property in
 * {@code required};</li>
 * <li>{@code Optional} components and components annotated with a {@code @Nullable} (any package) may be
 * {@code null}: their type is a union with {@code "null"};</li>
 * <li>enums become string enums (with their {@code @JsonProperty} names), collections and arrays {@code array}s,
 * types used more than once live in {@code $defs};</li>
 * <li>{@code @JsonPropertyDescription} and {@code @JsonClassDescription} become {@code description}s;</li>
 * <li>maps are refused: strict mode has no schema for free-form keys (use a list of records).</li>
 * </ul>
 * Thread-safe; every caller gets the same unmodifiable map for a type (threads racing on a new type may generate it
 * more than once, but one result wins); a type that cannot be described is refused on every call.
 */
public final class JsonSchemas {

	private static final SchemaGeneratorConfig CONFIG = config();

	/** Per class, so a class unloaded with its class loader (a dev-tools restart) drops its schema too. */
	private static final ClassValue<Map<String, Object>> CACHE = new ClassValue<>() {
		@Override
		protected Map<String, Object> computeValue(Class<?> type) {
			return generate(type);
		}
	};

	private JsonSchemas() {
	}

	/**
	 * The strict JSON Schema of a type, generated on first use and cached.
	 * @param type the type, such as a record
	 * @return the schema, an unmodifiable map; the same instance on every call for the same type
	 * @throws OpenAIValidationException if the type cannot be described in strict mode (a map, a primitive)
	 */
	public static Map<String, Object> of(Class<?> type) {
		Validation.required("type", type);
		return CACHE.get(type);
	}

	/**
	 * The schema name sent with the schema ({@code response_format.json_schema.name}, {@code text.format.name}):
	 * the type's simple name reduced to letters, digits, underscores and dashes, at most 64 characters.
	 * @param type the type
	 * @return the name, such as {@code Person}
	 */
	public static String nameOf(Class<?> type) {
		String name = type.getSimpleName().replaceAll("[^a-zA-Z0-9_-]", "_");
		if (name.isEmpty()) {
			name = "output";
		}
		return (name.length() > 64) ? name.substring(0, 64) : name;
	}

	private static Map<String, Object> generate(Class<?> type) {
		if (type.isPrimitive() || type.isArray() || type.isEnum() || Iterable.class.isAssignableFrom(type)
				|| Map.class.isAssignableFrom(type) || type.getName().startsWith("java.")) {
			throw new OpenAIValidationException("schema", "A structured output or tool schema must describe an object: "
					+ type.getName() + " is not a record or class with properties");
		}
		return StrictSchemaShaper.shape(new SchemaGenerator(CONFIG).generateSchema(type));
	}

	private static SchemaGeneratorConfig config() {
		SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
				OptionPreset.PLAIN_JSON)
			.with(new JacksonSchemaModule())
			.with(Option.FLATTENED_OPTIONALS, Option.PLAIN_DEFINITION_KEYS, Option.NULLABLE_ARRAY_ITEMS_ALLOWED)
			.without(Option.SCHEMA_VERSION_INDICATOR);
		builder.forFields().withNullableCheck(JsonSchemas::nullable);
		builder.forTypesInGeneral()
			.withCustomDefinitionProvider(JsonSchemas::definition)
			.withPropertySorter((first, second) -> 0);
		return builder.build();
	}

	/**
	 * Refuses maps; writes an enum as the strings the caller's mapper writes for its constants (so
	 * {@code @JsonProperty} and {@code @JsonValue} names count); leaves every other type to the generator.
	 */
	private static @Nullable CustomDefinition definition(ResolvedType javaType, SchemaGenerationContext context) {
		if (javaType.isInstanceOf(Map.class)) {
			throw new OpenAIValidationException("schema", "Strict mode has no schema for a map ("
					+ javaType.getTypeName() + "): use a list of records with a key property instead");
		}
		if (!javaType.isInstanceOf(Enum.class) || javaType.getErasedType().getEnumConstants() == null) {
			return null;
		}
		ObjectNode definition = context.getGeneratorConfig().createObjectNode().put("type", "string");
		ArrayNode values = definition.putArray("enum");
		for (Object constant : javaType.getErasedType().getEnumConstants()) {
			JsonNode value = UserJson.mapper().valueToTree(constant);
			if (!value.isString()) {
				return null;
			}
			values.add(value);
		}
		return new CustomDefinition(definition);
	}

	/** An {@code Optional} or a component annotated {@code @Nullable}, on its declaration or on its type. */
	private static boolean nullable(FieldScope field) {
		Field member = field.getRawMember();
		return member.getType() == Optional.class || hasNullable(member) || hasNullable(member.getAnnotatedType());
	}

	private static boolean hasNullable(AnnotatedElement element) {
		return Arrays.stream(element.getAnnotations())
			.anyMatch((annotation) -> annotation.annotationType().getSimpleName().equals("Nullable"));
	}

}
