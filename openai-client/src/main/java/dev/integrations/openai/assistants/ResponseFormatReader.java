package dev.integrations.openai.assistants;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads {@link ResponseFormat}: the string {@code auto} or an object selected by {@code type}; an unknown type
 * reads as {@code auto} rather than failing the whole response. The records are assembled by hand, because they
 * inherit this reader from the interface.
 */
@Deprecated
final class ResponseFormatReader extends ValueDeserializer<ResponseFormat> {

	@Override
	public ResponseFormat deserialize(JsonParser parser, DeserializationContext context) {
		JsonNode node = context.readTree(parser);
		String type = node.isString() ? node.stringValue() : node.path("type").asString("");
		return switch (type) {
			case "text" -> new ResponseFormat.Text();
			case "json_object" -> new ResponseFormat.JsonObject();
			case "json_schema" -> new ResponseFormat.JsonSchema(
					context.readTreeAsValue(node.path("json_schema"), ResponseFormat.JsonSchema.Definition.class));
			default -> new ResponseFormat.Auto();
		};
	}

}
