package dev.integrations.openai.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import dev.integrations.openai.chat.ContentPart;
import dev.integrations.openai.chat.MessageContent;
import dev.integrations.openai.chat.StopSequences;
import dev.integrations.openai.chat.ToolChoice;
import dev.integrations.openai.embeddings.EmbeddingInput;
import dev.integrations.openai.transport.OpenAIJson;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads request bodies into the client's request records. The client only writes its request unions (string or
 * array, mode or object), so this mapper adds readers for the ones of chat and embeddings requests: message
 * content, {@code stop}, {@code tool_choice} and embedding {@code input}. Other unions (legacy {@code function_call},
 * custom audio voices) are not read: use {@link RecordedRequest#json()} for them.
 */
final class WireRequests {

	private static final JsonMapper MAPPER = OpenAIJson.builder().addModule(module()).build();

	private WireRequests() {
	}

	static <T> T read(byte[] body, Class<T> type) {
		return MAPPER.readValue(body, type);
	}

	private static SimpleModule module() {
		SimpleModule module = new SimpleModule("mock-openai-requests");
		module.addDeserializer(MessageContent.class, reader((node, context) -> node.isString()
				? MessageContent.of(node.asString()) : MessageContent.of(listOf(node, ContentPart.class, context))));
		module.addDeserializer(StopSequences.class, reader((node, context) -> node.isString()
				? StopSequences.of(node.asString()) : StopSequences.of(strings(node).toArray(String[]::new))));
		module.addDeserializer(EmbeddingInput.class, reader(WireRequests::embeddingInput));
		module.addDeserializer(ToolChoice.class, reader(WireRequests::toolChoice));
		return module;
	}

	private static EmbeddingInput embeddingInput(JsonNode node, DeserializationContext context) {
		if (node.isString()) {
			return EmbeddingInput.of(node.asString());
		}
		JsonNode first = node.path(0);
		if (first.isString() || node.isEmpty()) {
			return EmbeddingInput.of(strings(node));
		}
		if (first.isArray()) {
			return EmbeddingInput.ofTokenArrays(
					context.readTreeAsValue(node, context.getTypeFactory().constructType(List.class)));
		}
		return EmbeddingInput.ofTokens(context.readTreeAsValue(node, int[].class));
	}

	private static ToolChoice toolChoice(JsonNode node, DeserializationContext context) {
		if (node.isString()) {
			return ToolChoice.Mode.valueOf(node.asString().toUpperCase(Locale.ROOT));
		}
		String type = node.path("type").asString("");
		if (type.equals("allowed_tools")) {
			JsonNode allowed = node.path("allowed_tools");
			return ToolChoice.allowedTools(ToolChoice.AllowedMode.valueOf(
					allowed.path("mode").asString().toUpperCase(Locale.ROOT)),
					context.readTreeAsValue(allowed.path("tools"), context.getTypeFactory()
						.constructCollectionType(List.class, context.getTypeFactory()
							.constructMapType(Map.class, String.class, Object.class))));
		}
		String name = node.path(type).path("name").asString();
		return type.equals("custom") ? ToolChoice.custom(name) : ToolChoice.function(name);
	}

	private static <T> List<T> listOf(JsonNode node, Class<T> type, DeserializationContext context) {
		JavaType listType = context.getTypeFactory().constructCollectionType(List.class, type);
		return context.readTreeAsValue(node, listType);
	}

	private static List<String> strings(JsonNode node) {
		List<String> values = new ArrayList<>();
		node.forEach((value) -> values.add(value.asString()));
		return values;
	}

	private static <T> ValueDeserializer<T> reader(BiFunction<JsonNode, DeserializationContext, T> read) {
		return new ValueDeserializer<>() {
			@Override
			public T deserialize(JsonParser parser, DeserializationContext context) {
				return read.apply(context.readTree(parser), context);
			}
		};
	}

}
