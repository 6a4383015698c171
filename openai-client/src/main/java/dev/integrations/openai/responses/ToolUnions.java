package dev.integrations.openai.responses;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * The deserializers of the tool unions without a discriminator (a string or an object); the unions with a
 * {@code type} are read by their {@code @JsonTypeInfo}.
 */
final class ToolUnions {

	private ToolUnions() {
	}

	/** Reads a {@link CodeInterpreterTool.Container}: a container ID, or an object. */
	static final class Containers extends ValueDeserializer<CodeInterpreterTool.Container> {

		@Override
		public CodeInterpreterTool.Container deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode node = context.readTree(parser);
			return node.isString() ? new CodeInterpreterTool.Id(node.asString())
					: context.readTreeAsValue(node, CodeInterpreterTool.Auto.class);
		}

	}

	/** Reads a {@link ToolChoice}: a mode string, or an object by its {@code type}. */
	static final class ToolChoices extends ValueDeserializer<ToolChoice> {

		@Override
		public ToolChoice deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode node = context.readTree(parser);
			return node.isString() ? new ToolChoice.Mode(node.asString())
					: context.readTreeAsValue(node, ToolChoice.Named.class);
		}

	}

}
