package dev.integrations.openai.responses;

import java.util.Map;
import java.util.function.BiFunction;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads one member of a polymorphic wire union by its {@code type} field: a known type becomes its record, any
 * other type becomes the union's {@code Unknown} variant that keeps the raw JSON, so a type OpenAI adds later never
 * breaks parsing. The records themselves carry {@code @JsonDeserialize(using = ValueDeserializer.None.class)} so
 * that they are read as plain records rather than through the union's deserializer again.
 *
 * @param <T> the union type
 */
abstract class TypeDispatchingDeserializer<T> extends ValueDeserializer<T> {

	private final Map<String, Class<? extends T>> types;

	private final BiFunction<String, JsonNode, T> unknown;

	TypeDispatchingDeserializer(Map<String, Class<? extends T>> types, BiFunction<String, JsonNode, T> unknown) {
		this.types = types;
		this.unknown = unknown;
	}

	@Override
	public T deserialize(JsonParser parser, DeserializationContext context) {
		JsonNode node = context.readTree(parser);
		return read(node, context);
	}

	/**
	 * Reads a node already in memory.
	 * @param node the JSON object
	 * @param context the context
	 * @return the value
	 */
	T read(JsonNode node, DeserializationContext context) {
		String type = typeOf(node);
		Class<? extends T> target = this.types.get(type);
		return (target != null) ? context.readTreeAsValue(node, target) : this.unknown.apply(type, node);
	}

	/**
	 * The discriminator of a node; subclasses whose unions are partly untyped override it.
	 * @param node the JSON value
	 * @return the type, empty when absent
	 */
	String typeOf(JsonNode node) {
		return node.path("type").asString("");
	}

}
