package dev.integrations.openai.responses;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.WireLists;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.node.StringNode;

/**
 * An item of a conversation: what is sent as {@code input} (messages, function call outputs, references to earlier
 * items) and what the model produces as {@code output} (messages, function calls, file and web search calls,
 * reasoning). The same types come back from {@code GET /responses/{id}/input_items}. Items of a type this client
 * does not model are read as {@link Unknown}, which is also the way to send such an item ({@link #raw(Map)}).
 */
@JsonDeserialize(using = WireUnions.Items.class)
public sealed interface ResponseItem {

	/** @return the item type, such as {@code message} or {@code function_call} */
	String type();

	/** @return the item ID, when the item has one (items created by the API always do) */
	@Nullable String id();

	/**
	 * A user message with text.
	 * @param text the text
	 * @return the message
	 */
	static Message user(String text) {
		return user(ContentPart.text(text));
	}

	/**
	 * A user message with any input parts (text, images, files).
	 * @param content the parts
	 * @return the message
	 */
	static Message user(ContentPart... content) {
		return new Message(null, "user", Arrays.asList(content), null, null);
	}

	/**
	 * A developer message: instructions that take precedence over user messages.
	 * @param text the text
	 * @return the message
	 */
	static Message developer(String text) {
		return new Message(null, "developer", List.of(ContentPart.text(text)), null, null);
	}

	/**
	 * An earlier assistant answer, to replay a conversation without {@code previous_response_id}.
	 * @param text the text the assistant said
	 * @return the message
	 */
	static Message assistant(String text) {
		return new Message(null, "assistant", List.of(new ContentPart.OutputText(text, List.of(), null)), null, null);
	}

	/**
	 * The result of a function call, sent back so that the model can continue.
	 * @param callId the {@code call_id} of the {@link FunctionCall}
	 * @param output the result, usually JSON text
	 * @return the item
	 */
	static FunctionCallOutput functionCallOutput(String callId, String output) {
		return new FunctionCallOutput(null, callId, StringNode.valueOf(output), null, null);
	}

	/**
	 * A reference to an earlier item by ID.
	 * @param id the item ID
	 * @return the item
	 */
	static ItemReference reference(String id) {
		return new ItemReference(id);
	}

	/**
	 * Any item as raw JSON, for item types this client does not model (such as {@code computer_call_output}).
	 * @param item the item, including its {@code type}
	 * @return the item
	 */
	static Unknown raw(Map<String, ?> item) {
		JsonNode node = OpenAIJson.mapper().valueToTree(item);
		return new Unknown(node.path("type").asString(""), node);
	}

	/**
	 * A message: from the user, developer or system as input, or from the assistant as output.
	 *
	 * @param id the item ID (absent in messages the caller writes)
	 * @param role {@code user}, {@code assistant}, {@code system} or {@code developer}
	 * @param content the content parts
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}, on items from the API
	 * @param phase {@code commentary} or {@code final_answer}, on assistant messages of some models
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Message(@Nullable String id, String role, List<ContentPart> content, @Nullable String status,
			@Nullable String phase) implements ResponseItem {

		/**
		 * Copies the content.
		 */
		public Message {
			content = WireLists.copyOf(content);
		}

		@Override
		@JsonProperty("type")
		public String type() {
			return "message";
		}

		/** @return the text of the {@code output_text} and {@code input_text} parts, concatenated */
		public String text() {
			return this.content.stream().map(Message::textOf).collect(Collectors.joining());
		}

		private static String textOf(ContentPart part) {
			String text = null;
			if (part instanceof ContentPart.OutputText output) {
				text = output.text();
			}
			else if (part instanceof ContentPart.InputText input) {
				text = input.text();
			}
			return (text != null) ? text : "";
		}

	}

	/**
	 * A call of one of the caller's functions; run it and send a {@link FunctionCallOutput} with the same
	 * {@code call_id}.
	 *
	 * @param id the item ID
	 * @param callId the call ID to answer with
	 * @param name the function name
	 * @param arguments the arguments, as JSON text
	 * @param namespace the namespace of the function, when it has one
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 * @param caller the execution context that produced the call, such as {@code {"type": "direct"}}, as JSON
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record FunctionCall(@Nullable String id, String callId, String name, String arguments, @Nullable String namespace,
			@Nullable String status, @Nullable JsonNode caller) implements ResponseItem {

		@Override
		@JsonProperty("type")
		public String type() {
			return "function_call";
		}

	}

	/**
	 * The output of a function call.
	 *
	 * @param id the item ID, on items from the API
	 * @param callId the {@code call_id} of the call this answers
	 * @param output the output: a JSON string, or an array of input content parts
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 * @param caller the execution context that produced the call, such as {@code {"type": "direct"}}, as JSON
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record FunctionCallOutput(@Nullable String id, String callId, JsonNode output, @Nullable String status,
			@Nullable JsonNode caller) implements ResponseItem {

		@Override
		@JsonProperty("type")
		public String type() {
			return "function_call_output";
		}

		/** @return the output when it is text, otherwise its JSON */
		public String outputText() {
			if (this.output == null || this.output.isNull() || this.output.isMissingNode()) {
				return "";
			}
			return this.output.isString() ? this.output.asString() : this.output.toString();
		}

	}

	/**
	 * A file search the model ran.
	 *
	 * @param id the item ID
	 * @param status {@code in_progress}, {@code searching}, {@code completed}, {@code incomplete} or {@code failed}
	 * @param queries the queries it searched for
	 * @param results the results, when {@code include} has {@code file_search_call.results}
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record FileSearchCall(String id, String status, List<String> queries,
			@Nullable List<Result> results) implements ResponseItem {

		/**
		 * Normalizes missing queries to an empty list.
		 */
		public FileSearchCall {
			queries = WireLists.copyOf(queries);
		}

		@Override
		@JsonProperty("type")
		public String type() {
			return "file_search_call";
		}

		/**
		 * One file search result.
		 *
		 * @param fileId the file
		 * @param filename the file name
		 * @param text the matching text
		 * @param score the relevance, 0 to 1
		 * @param attributes the attributes of the vector store file
		 */
		public record Result(String fileId, @Nullable String filename, @Nullable String text, @Nullable Double score,
				@Nullable Map<String, Object> attributes) {

		}

	}

	/**
	 * A web search the model ran.
	 *
	 * @param id the item ID
	 * @param status {@code in_progress}, {@code searching}, {@code completed} or {@code failed}
	 * @param action what it did: {@code search}, {@code open_page} or {@code find_in_page}
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record WebSearchCall(String id, String status, @Nullable Action action) implements ResponseItem {

		@Override
		@JsonProperty("type")
		public String type() {
			return "web_search_call";
		}

		/**
		 * A web search action; which fields are set depends on its type.
		 *
		 * @param type {@code search}, {@code open_page} or {@code find_in_page}
		 * @param query the query of a search (deprecated in favor of {@code queries})
		 * @param queries the queries of a search
		 * @param sources the sources of a search, when {@code include} has {@code web_search_call.action.sources}
		 * @param url the page opened or searched
		 * @param pattern the pattern searched for in a page
		 */
		public record Action(String type, @Nullable String query, @Nullable List<String> queries,
				@Nullable List<Source> sources, @Nullable String url, @Nullable String pattern) {

		}

		/**
		 * A source the search used.
		 *
		 * @param type always {@code url}
		 * @param url the URL
		 */
		public record Source(String type, String url) {

		}

	}

	/**
	 * The model's reasoning: a summary, and with {@code include=reasoning.encrypted_content} an encrypted form to
	 * send back in stateless multi-turn conversations.
	 *
	 * @param id the item ID
	 * @param summary the summary texts
	 * @param content the reasoning texts, for models that expose them
	 * @param encryptedContent the encrypted reasoning, when requested
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Reasoning(String id, List<Text> summary, @Nullable List<Text> content, @Nullable String encryptedContent,
			@Nullable String status) implements ResponseItem {

		/**
		 * Normalizes a missing summary to an empty list.
		 */
		public Reasoning {
			summary = WireLists.copyOf(summary);
		}

		@Override
		@JsonProperty("type")
		public String type() {
			return "reasoning";
		}

		/**
		 * A piece of reasoning text.
		 *
		 * @param type {@code summary_text} or {@code reasoning_text}
		 * @param text the text
		 */
		public record Text(String type, String text) {

		}

	}

	/**
	 * A reference to an earlier item.
	 *
	 * @param id the item ID
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ItemReference(String id) implements ResponseItem {

		@Override
		@JsonProperty("type")
		public String type() {
			return "item_reference";
		}

	}

	/**
	 * An item of a type this client does not model, kept (and sent) as raw JSON.
	 *
	 * @param type the item type
	 * @param raw the whole item object
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Unknown(String type, @JsonValue JsonNode raw) implements ResponseItem {

		@Override
		public @Nullable String id() {
			JsonNode id = this.raw.get("id");
			return (id != null && id.isString()) ? id.asString() : null;
		}

	}

}
