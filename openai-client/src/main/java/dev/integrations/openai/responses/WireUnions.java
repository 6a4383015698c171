package dev.integrations.openai.responses;

import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * The deserializers of the package's wire unions that the common {@code @JsonTypeInfo} pattern cannot read.
 */
final class WireUnions {

	private WireUnions() {
	}

	/** Reads {@link FileSearchFilter}s: {@code and}/{@code or} are compound, every other type a comparison. */
	static final class Filters extends ValueDeserializer<FileSearchFilter> {

		@Override
		public FileSearchFilter deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode node = context.readTree(parser);
			String type = node.path("type").asString("");
			return ("and".equals(type) || "or".equals(type))
					? context.readTreeAsValue(node, FileSearchFilter.Compound.class)
					: context.readTreeAsValue(node, FileSearchFilter.Comparison.class);
		}

	}

	/** Reads {@link ResponseInput}: text or a list of items. */
	static final class Inputs extends ValueDeserializer<ResponseInput> {

		private static final TypeReference<List<ResponseItem>> ITEMS = new TypeReference<>() {
		};

		@Override
		public ResponseInput deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode node = context.readTree(parser);
			if (node.isString()) {
				return new ResponseInput.Text(node.asString());
			}
			return new ResponseInput.Items(context.readTreeAsValue(node, context.getTypeFactory().constructType(ITEMS)));
		}

	}

	/** Reads a message's {@code content}: a list of parts, or a string read as one {@code input_text} part. */
	static final class MessageContent extends ValueDeserializer<List<ContentPart>> {

		private static final TypeReference<List<ContentPart>> PARTS = new TypeReference<>() {
		};

		@Override
		public List<ContentPart> deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode node = context.readTree(parser);
			if (node.isString()) {
				return List.of(ContentPart.text(node.asString()));
			}
			return context.readTreeAsValue(node, context.getTypeFactory().constructType(PARTS));
		}

	}

	/** Reads {@link ToolOutput}: text or a list of content parts. */
	static final class ToolOutputs extends ValueDeserializer<ToolOutput> {

		private static final TypeReference<List<ContentPart>> PARTS = new TypeReference<>() {
		};

		@Override
		public ToolOutput deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode node = context.readTree(parser);
			if (node.isString()) {
				return new ToolOutput.Text(node.asString());
			}
			return new ToolOutput.Parts(context.readTreeAsValue(node, context.getTypeFactory().constructType(PARTS)));
		}

	}

}
