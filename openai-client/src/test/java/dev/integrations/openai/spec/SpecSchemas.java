package dev.integrations.openai.spec;

import static dev.integrations.openai.spec.SpecDocument.list;
import static dev.integrations.openai.spec.SpecDocument.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reading schemas of the spec the way {@link SchemaWalker} compares them: {@code allOf} merged into one schema, the
 * non-null branches of a {@code oneOf}/{@code anyOf}, a union's discriminator property and each branch's value of
 * it, nullability and the JSON kind of a schema.
 */
final class SpecSchemas {

	private final SpecDocument spec;

	SpecSchemas(SpecDocument spec) {
		this.spec = spec;
	}

	/**
	 * Follows a {@code $ref}.
	 * @param schema a schema, possibly a reference
	 * @return the schema it names
	 */
	Map<String, Object> resolve(Map<String, Object> schema) {
		return this.spec.resolve(schema);
	}

	/** Merges {@code allOf} parts (and their own {@code allOf}) into one schema. */
	Map<String, Object> flatten(Map<String, Object> schema) {
		List<Object> parts = list(schema.get("allOf"));
		if (parts.isEmpty()) {
			return schema;
		}
		List<Map<String, Object>> resolved = new ArrayList<>();
		for (Object part : parts) {
			resolved.add(flatten(resolve(map(part))));
		}
		Map<String, Object> own = new LinkedHashMap<>(schema);
		own.remove("allOf");
		resolved.add(own);
		return merge(resolved);
	}

	/** Merges schemas (each resolved and flattened) into one object schema with all their properties. */
	Map<String, Object> merge(List<Map<String, Object>> schemas) {
		Map<String, Object> merged = new LinkedHashMap<>();
		Map<String, Object> properties = new LinkedHashMap<>();
		List<Object> required = new ArrayList<>();
		for (Map<String, Object> part : schemas) {
			Map<String, Object> schema = flatten(resolve(part));
			schema.forEach(merged::putIfAbsent);
			map(schema.get("properties")).forEach(properties::putIfAbsent);
			required.addAll(list(schema.get("required")));
		}
		merged.put("properties", properties);
		merged.put("required", required);
		if (!properties.isEmpty()) {
			merged.put("type", "object");
		}
		return merged;
	}

	/** The non-null branches of a {@code oneOf}/{@code anyOf}; empty when the schema is no union. */
	List<Map<String, Object>> branches(Map<String, Object> schema) {
		List<Object> options = new ArrayList<>(list(schema.get("oneOf")));
		options.addAll(list(schema.get("anyOf")));
		List<Map<String, Object>> branches = new ArrayList<>();
		for (Object option : options) {
			if (!"null".equals(kind(resolve(map(option))))) {
				branches.add(map(option));
			}
		}
		return branches;
	}

	/** The discriminator property of a union: declared, or the one every object branch fixes to one value. */
	@Nullable String discriminatorProperty(Map<String, Object> schema, List<Map<String, Object>> branches) {
		Object declared = map(schema.get("discriminator")).get("propertyName");
		if (declared != null) {
			return declared.toString();
		}
		List<Map<String, Object>> objects = branches.stream()
			.filter((branch) -> "object".equals(kind(flatten(resolve(branch)))))
			.toList();
		for (String candidate : List.of("type", "role", "object")) {
			if (!objects.isEmpty() && objects.stream().allMatch((branch) -> tag(branch, candidate) != null)) {
				return candidate;
			}
		}
		return null;
	}

	/** The one value a branch fixes its discriminator property to ({@code const} or a one-value enum). */
	@Nullable String tag(Map<String, Object> branch, String property) {
		Map<String, Object> schema = flatten(resolve(branch));
		Map<String, Object> value = flatten(resolve(map(map(schema.get("properties")).get(property))));
		if (value.get("const") != null) {
			return value.get("const").toString();
		}
		List<Object> values = list(value.get("enum"));
		return (values.size() == 1) ? String.valueOf(values.get(0)) : null;
	}

	/** Whether a schema allows {@code null} ({@code nullable}, a {@code null} type or a {@code null} branch). */
	boolean isNullable(Map<String, Object> schema) {
		Map<String, Object> resolved = resolve(schema);
		if (Boolean.TRUE.equals(resolved.get("nullable")) || list(resolved.get("type")).contains("null")) {
			return true;
		}
		List<Object> options = new ArrayList<>(list(resolved.get("oneOf")));
		options.addAll(list(resolved.get("anyOf")));
		return options.stream().anyMatch((option) -> "null".equals(kind(resolve(map(option)))));
	}

	/** The kinds of a union's branches, for messages, such as {@code string|array}. */
	String kinds(List<Map<String, Object>> branches) {
		Set<String> kinds = new LinkedHashSet<>();
		branches.forEach((branch) -> kinds.add(String.valueOf(kind(flatten(resolve(branch))))));
		return String.join("|", kinds);
	}

	/** The JSON kind of a schema: its {@code type} (without {@code null}), or inferred from properties/enum. */
	static @Nullable String kind(Map<String, Object> schema) {
		Object type = schema.get("type");
		if (type instanceof String single) {
			return single;
		}
		for (Object option : list(type)) {
			if (!"null".equals(option)) {
				return option.toString();
			}
		}
		if (schema.containsKey("properties") || schema.containsKey("additionalProperties")) {
			return "object";
		}
		if (schema.containsKey("enum") || schema.get("const") instanceof String) {
			return "string";
		}
		return null;
	}

}
