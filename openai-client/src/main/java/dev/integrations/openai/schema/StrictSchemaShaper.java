package dev.integrations.openai.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.integrations.openai.internal.UserJson;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a generated schema into the shape strict mode requires, whatever the generator's options left: every object
 * schema closed ({@code "additionalProperties": false}) with all its properties {@code required}, no
 * {@code $schema}, and the result an unmodifiable tree of maps and lists in the generator's order. It walks schema
 * keywords only, so a property that happens to be named {@code properties} or {@code type} is left alone.
 */
final class StrictSchemaShaper {

	/** Keywords whose value is a map of names to schemas. */
	private static final Set<String> SCHEMA_MAPS = Set.of("properties", "$defs", "definitions");

	/** Keywords whose value is a list of schemas. */
	private static final Set<String> SCHEMA_LISTS = Set.of("anyOf", "oneOf", "allOf", "prefixItems");

	/** Keywords whose value is one schema. */
	private static final Set<String> SCHEMA_VALUES = Set.of("items", "additionalProperties", "not");

	private StrictSchemaShaper() {
	}

	static Map<String, Object> shape(ObjectNode generated) {
		Map<String, Object> tree = UserJson.mapper().convertValue(generated, new TypeReference<Map<String, Object>>() {
		});
		tree.remove("$schema");
		return schema(tree);
	}

	private static Map<String, Object> schema(Map<?, ?> schema) {
		Map<String, Object> copy = new LinkedHashMap<>();
		schema.forEach((key, value) -> copy.put((String) key, keyword((String) key, value)));
		if (isObject(copy)) {
			List<String> names = new ArrayList<>();
			if (copy.get("properties") instanceof Map<?, ?> properties) {
				properties.keySet().forEach((name) -> names.add((String) name));
			}
			else {
				copy.put("properties", Map.of());
			}
			copy.put("required", Collections.unmodifiableList(names));
			copy.put("additionalProperties", false);
		}
		return Collections.unmodifiableMap(copy);
	}

	private static Object keyword(String key, Object value) {
		if (SCHEMA_MAPS.contains(key) && value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((name, schema) -> copy.put((String) name, schema((Map<?, ?>) schema)));
			return Collections.unmodifiableMap(copy);
		}
		if (SCHEMA_LISTS.contains(key) && value instanceof List<?> list) {
			return list.stream().map((schema) -> schema((Map<?, ?>) schema)).toList();
		}
		if (SCHEMA_VALUES.contains(key) && value instanceof Map<?, ?> map) {
			return schema(map);
		}
		return frozen(value);
	}

	private static Object frozen(Object value) {
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((item) -> copy.add(frozen(item)));
			return Collections.unmodifiableList(copy);
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((name, item) -> copy.put((String) name, frozen(item)));
			return Collections.unmodifiableMap(copy);
		}
		return value;
	}

	private static boolean isObject(Map<String, Object> schema) {
		Object type = schema.get("type");
		return "object".equals(type) || (type instanceof List<?> types && types.contains("object"))
				|| schema.containsKey("properties");
	}

}
