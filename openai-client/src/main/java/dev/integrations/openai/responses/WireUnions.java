package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The deserializers of the package's wire unions, each dispatching on the {@code type} field.
 */
final class WireUnions {

	private WireUnions() {
	}

	/** Reads {@link ResponseItem}s; a message without {@code type} or with text content is normalized first. */
	static final class Items extends TypeDispatchingDeserializer<ResponseItem> {

		Items() {
			super(Map.of("message", ResponseItem.Message.class, "function_call", ResponseItem.FunctionCall.class,
					"function_call_output", ResponseItem.FunctionCallOutput.class, "file_search_call",
					ResponseItem.FileSearchCall.class, "web_search_call", ResponseItem.WebSearchCall.class, "reasoning",
					ResponseItem.Reasoning.class, "item_reference", ResponseItem.ItemReference.class),
					ResponseItem.Unknown::new);
		}

		@Override
		ResponseItem read(JsonNode node, DeserializationContext context) {
			JsonNode content = node.get("content");
			if ("message".equals(typeOf(node)) && content != null && content.isString() && node.isObject()) {
				ObjectNode part = ((ObjectNode) node).objectNode();
				boolean assistant = "assistant".equals(node.path("role").asString(""));
				part.put("type", assistant ? "output_text" : "input_text");
				part.put("text", content.asString());
				ArrayNode parts = part.arrayNode().add(part);
				node = ((ObjectNode) node.deepCopy()).set("content", parts);
			}
			return super.read(node, context);
		}

		@Override
		String typeOf(JsonNode node) {
			String type = super.typeOf(node);
			if (!type.isEmpty()) {
				return type;
			}
			return node.has("role") ? "message" : (node.has("id") ? "item_reference" : "");
		}

	}

	/** Reads {@link ContentPart}s. */
	static final class ContentParts extends TypeDispatchingDeserializer<ContentPart> {

		ContentParts() {
			super(Map.of("input_text", ContentPart.InputText.class, "input_image", ContentPart.InputImage.class,
					"input_file", ContentPart.InputFile.class, "output_text", ContentPart.OutputText.class, "refusal",
					ContentPart.Refusal.class), ContentPart.Unknown::new);
		}

	}

	/** Reads {@link TextAnnotation}s. */
	static final class Annotations extends TypeDispatchingDeserializer<TextAnnotation> {

		Annotations() {
			super(Map.of("file_citation", TextAnnotation.FileCitation.class, "url_citation",
					TextAnnotation.UrlCitation.class, "container_file_citation",
					TextAnnotation.ContainerFileCitation.class, "file_path", TextAnnotation.FilePath.class),
					TextAnnotation.Unknown::new);
		}

	}

	/** Reads {@link TextFormat}s. */
	static final class TextFormats extends TypeDispatchingDeserializer<TextFormat> {

		TextFormats() {
			super(Map.of("text", TextFormat.Text.class, "json_object", TextFormat.JsonObject.class, "json_schema",
					TextFormat.JsonSchema.class), TextFormat.Unknown::new);
		}

	}

	/** Reads {@link ResponseStreamEvent}s. */
	static final class Events extends TypeDispatchingDeserializer<ResponseStreamEvent> {

		Events() {
			super(Map.ofEntries(
					Map.entry("response.created", ResponseLifecycleEvent.Created.class),
					Map.entry("response.queued", ResponseLifecycleEvent.Queued.class),
					Map.entry("response.in_progress", ResponseLifecycleEvent.InProgress.class),
					Map.entry("response.completed", ResponseLifecycleEvent.Completed.class),
					Map.entry("response.failed", ResponseLifecycleEvent.Failed.class),
					Map.entry("response.incomplete", ResponseLifecycleEvent.Incomplete.class),
					Map.entry("response.output_item.added", ResponseStreamEvent.OutputItemAdded.class),
					Map.entry("response.output_item.done", ResponseStreamEvent.OutputItemDone.class),
					Map.entry("response.content_part.added", ResponseStreamEvent.ContentPartAdded.class),
					Map.entry("response.content_part.done", ResponseStreamEvent.ContentPartDone.class),
					Map.entry("response.output_text.delta", ResponseStreamEvent.OutputTextDelta.class),
					Map.entry("response.output_text.done", ResponseStreamEvent.OutputTextDone.class),
					Map.entry("response.output_text.annotation.added", ResponseStreamEvent.OutputTextAnnotationAdded.class),
					Map.entry("response.refusal.delta", ResponseStreamEvent.RefusalDelta.class),
					Map.entry("response.refusal.done", ResponseStreamEvent.RefusalDone.class),
					Map.entry("response.function_call_arguments.delta", ResponseStreamEvent.FunctionCallArgumentsDelta.class),
					Map.entry("response.function_call_arguments.done", ResponseStreamEvent.FunctionCallArgumentsDone.class),
					Map.entry("response.reasoning_summary_text.delta", ResponseStreamEvent.ReasoningSummaryTextDelta.class),
					Map.entry("response.reasoning_summary_text.done", ResponseStreamEvent.ReasoningSummaryTextDone.class),
					Map.entry("response.reasoning_text.delta", ResponseStreamEvent.ReasoningTextDelta.class),
					Map.entry("response.reasoning_text.done", ResponseStreamEvent.ReasoningTextDone.class),
					Map.entry("response.file_search_call.in_progress", ResponseStreamEvent.ToolCallProgress.class),
					Map.entry("response.file_search_call.searching", ResponseStreamEvent.ToolCallProgress.class),
					Map.entry("response.file_search_call.completed", ResponseStreamEvent.ToolCallProgress.class),
					Map.entry("response.web_search_call.in_progress", ResponseStreamEvent.ToolCallProgress.class),
					Map.entry("response.web_search_call.searching", ResponseStreamEvent.ToolCallProgress.class),
					Map.entry("response.web_search_call.completed", ResponseStreamEvent.ToolCallProgress.class),
					Map.entry("error", ResponseStreamEvent.Error.class)), ResponseStreamEvent.Unknown::new);
		}

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

}
