package dev.integrations.openai.assistants;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads {@link ToolChoice}: a mode string or a named tool object. The named form is assembled by hand, because
 * its record inherits this reader from the interface.
 */
@Deprecated
final class ToolChoiceReader extends ValueDeserializer<ToolChoice> {

	@Override
	public ToolChoice deserialize(JsonParser parser, DeserializationContext context) {
		JsonNode node = context.readTree(parser);
		if (node.isString()) {
			return new ToolChoice.Mode(node.stringValue());
		}
		JsonNode function = node.path("function");
		return new ToolChoice.Named(node.path("type").asString(""), function.isObject()
				? context.readTreeAsValue(function, ToolChoice.Named.FunctionName.class) : null);
	}

}
