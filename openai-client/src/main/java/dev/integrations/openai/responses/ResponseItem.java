package dev.integrations.openai.responses;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An item of a conversation, by its {@code type}: what is sent as {@code input} (messages, tool call outputs,
 * approvals, references to earlier items) and what the model produces as {@code output} (messages, function and
 * custom tool calls, reasoning, compaction) and the built-in tool calls ({@link ToolCallItem}, {@link ShellItem},
 * {@link McpItem}). The same types come back from {@code GET /responses/{id}/input_items} and from conversations.
 * An item type added after this client is read as {@link Unknown}, which keeps every field and writes it back
 * unchanged; {@link #raw(Map)} sends any item as given.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ResponseItem.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ResponseItem.Message.class), @JsonSubTypes.Type(ResponseItem.FunctionCall.class),
		@JsonSubTypes.Type(ResponseItem.FunctionCallOutput.class),
		@JsonSubTypes.Type(ResponseItem.CustomToolCall.class),
		@JsonSubTypes.Type(ResponseItem.CustomToolCallOutput.class), @JsonSubTypes.Type(ResponseItem.Reasoning.class),
		@JsonSubTypes.Type(ResponseItem.Compaction.class), @JsonSubTypes.Type(ResponseItem.CompactionTrigger.class),
		@JsonSubTypes.Type(ResponseItem.ItemReference.class),
		@JsonSubTypes.Type(ToolCallItem.FileSearchCall.class), @JsonSubTypes.Type(ToolCallItem.WebSearchCall.class),
		@JsonSubTypes.Type(ToolCallItem.ComputerCall.class), @JsonSubTypes.Type(ToolCallItem.ComputerCallOutput.class),
		@JsonSubTypes.Type(ToolCallItem.ImageGenerationCall.class),
		@JsonSubTypes.Type(ToolCallItem.CodeInterpreterCall.class),
		@JsonSubTypes.Type(ToolCallItem.ToolSearchCall.class), @JsonSubTypes.Type(ToolCallItem.ToolSearchOutput.class),
		@JsonSubTypes.Type(ToolCallItem.AdditionalTools.class), @JsonSubTypes.Type(ToolCallItem.Program.class),
		@JsonSubTypes.Type(ToolCallItem.ProgramOutput.class), @JsonSubTypes.Type(ShellItem.LocalShellCall.class),
		@JsonSubTypes.Type(ShellItem.LocalShellCallOutput.class), @JsonSubTypes.Type(ShellItem.ShellCall.class),
		@JsonSubTypes.Type(ShellItem.ShellCallOutput.class), @JsonSubTypes.Type(ShellItem.ApplyPatchCall.class),
		@JsonSubTypes.Type(ShellItem.ApplyPatchCallOutput.class), @JsonSubTypes.Type(McpItem.ListTools.class),
		@JsonSubTypes.Type(McpItem.ApprovalRequest.class), @JsonSubTypes.Type(McpItem.ApprovalResponse.class),
		@JsonSubTypes.Type(McpItem.Call.class) })
public sealed interface ResponseItem permits ResponseItem.Message, ResponseItem.FunctionCall,
		ResponseItem.FunctionCallOutput, ResponseItem.CustomToolCall, ResponseItem.CustomToolCallOutput,
		ResponseItem.Reasoning, ResponseItem.Compaction, ResponseItem.CompactionTrigger, ResponseItem.ItemReference,
		ResponseItem.Unknown, ToolCallItem, ShellItem, McpItem {

	/** @return the item type, such as {@code message} or {@code function_call} */
	default String type() {
		return WireTypeNames.of(this);
	}

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
		return new FunctionCallOutput(null, callId, ToolOutput.of(output), null, null, null, null, null);
	}

	/**
	 * The result of a custom tool call, sent back so that the model can continue.
	 * @param callId the {@code call_id} of the {@link CustomToolCall}
	 * @param output the result
	 * @return the item
	 */
	static CustomToolCallOutput customToolCallOutput(String callId, String output) {
		return new CustomToolCallOutput(null, callId, ToolOutput.of(output), null, null, null);
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
	 * Any item as given, for an item type added after this client.
	 * @param item the item, including its {@code type}
	 * @return the item
	 */
	static Unknown raw(Map<String, ?> item) {
		Object type = item.get("type");
		Map<String, Object> fields = new LinkedHashMap<>(item);
		fields.remove("type");
		return new Unknown((type != null) ? type.toString() : "", fields);
	}

	/**
	 * A message ({@code message}): from the user, developer or system as input, or from the assistant as output.
	 * Content sent as a plain string is read as one {@code input_text} part.
	 *
	 * @param id the item ID (absent in messages the caller writes)
	 * @param role {@code user}, {@code assistant}, {@code system} or {@code developer}
	 * @param content the content parts
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}, on items from the API
	 * @param phase {@code commentary} or {@code final_answer}, on assistant messages of some models
	 */
	@JsonTypeName("message")
	record Message(@Nullable String id, String role,
			@JsonDeserialize(using = WireUnions.MessageContent.class) List<ContentPart> content,
			@Nullable String status, @Nullable String phase) implements ResponseItem {

		/**
		 * Copies the content.
		 */
		public Message {
			content = WireLists.copyOf(content);
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
	 * A call of one of the caller's functions ({@code function_call}); run it and send a {@link FunctionCallOutput}
	 * with the same {@code call_id}.
	 *
	 * @param id the item ID
	 * @param callId the call ID to answer with
	 * @param name the function name
	 * @param arguments the arguments, as JSON text
	 * @param namespace the namespace of the function, when it has one
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 * @param caller the execution context that produced the call
	 * @param createdBy the ID of the entity that created the item, on stored items
	 */
	@JsonTypeName("function_call")
	record FunctionCall(@Nullable String id, String callId, String name, String arguments, @Nullable String namespace,
			@Nullable String status, @Nullable ToolCaller caller, @Nullable String createdBy) implements ResponseItem {

	}

	/**
	 * The output of a function call ({@code function_call_output}).
	 *
	 * @param id the item ID, on items from the API
	 * @param callId the {@code call_id} of the call this answers
	 * @param output the output: text, or content parts
	 * @param name the name of the function
	 * @param namespace the namespace of the function
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 * @param caller the execution context that produced the call
	 * @param createdBy the ID of the entity that created the item, on stored items
	 */
	@JsonTypeName("function_call_output")
	record FunctionCallOutput(@Nullable String id, String callId, ToolOutput output, @Nullable String name,
			@Nullable String namespace, @Nullable String status, @Nullable ToolCaller caller,
			@Nullable String createdBy) implements ResponseItem {

		/** @return the output when it is text, otherwise the text of its text parts */
		public String outputText() {
			return (this.output != null) ? this.output.text() : "";
		}

	}

	/**
	 * A call of one of the caller's custom tools ({@code custom_tool_call}); answer it with a
	 * {@link CustomToolCallOutput}.
	 *
	 * @param id the item ID
	 * @param callId the call ID to answer with
	 * @param name the tool name
	 * @param input the input the model produced for the tool
	 * @param namespace the namespace of the tool, when it has one
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}, on stored items
	 * @param caller the execution context that produced the call
	 * @param createdBy the ID of the entity that created the item, on stored items
	 */
	@JsonTypeName("custom_tool_call")
	record CustomToolCall(@Nullable String id, String callId, String name, String input, @Nullable String namespace,
			@Nullable String status, @Nullable ToolCaller caller, @Nullable String createdBy) implements ResponseItem {

	}

	/**
	 * The output of a custom tool call ({@code custom_tool_call_output}).
	 *
	 * @param id the item ID, on items from the API
	 * @param callId the {@code call_id} of the call this answers
	 * @param output the output: text, or content parts
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}, on stored items
	 * @param caller the execution context that produced the call
	 * @param createdBy the ID of the entity that created the item, on stored items
	 */
	@JsonTypeName("custom_tool_call_output")
	record CustomToolCallOutput(@Nullable String id, String callId, ToolOutput output, @Nullable String status,
			@Nullable ToolCaller caller, @Nullable String createdBy) implements ResponseItem {

	}

	/**
	 * The model's reasoning ({@code reasoning}): a summary, and with {@code include=reasoning.encrypted_content} an
	 * encrypted form to send back in stateless multi-turn conversations.
	 *
	 * @param id the item ID
	 * @param summary the summary texts
	 * @param content the reasoning texts, for models that expose them
	 * @param encryptedContent the encrypted reasoning, when requested
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 */
	@JsonTypeName("reasoning")
	record Reasoning(String id, List<ContentPart.SummaryText> summary,
			@Nullable List<ContentPart.ReasoningText> content, @Nullable String encryptedContent,
			@Nullable String status) implements ResponseItem {

		/**
		 * Normalizes a missing summary to an empty list.
		 */
		public Reasoning {
			summary = WireLists.copyOf(summary);
		}

		/** @return the summary texts, concatenated */
		public String summaryText() {
			return this.summary.stream().map(ContentPart.SummaryText::text).collect(Collectors.joining());
		}

	}

	/**
	 * A compaction of the earlier conversation ({@code compaction}), produced by {@code POST /responses/compact} or
	 * automatic compaction; send it back as input in place of the items it replaces.
	 *
	 * @param id the item ID
	 * @param encryptedContent the encrypted summary of the conversation
	 * @param createdBy the ID of the entity that created the item, on stored items
	 */
	@JsonTypeName("compaction")
	record Compaction(@Nullable String id, String encryptedContent, @Nullable String createdBy)
			implements ResponseItem {

	}

	/**
	 * Asks the API to compact the conversation at this point ({@code compaction_trigger}).
	 */
	@JsonTypeName("compaction_trigger")
	record CompactionTrigger() implements ResponseItem {

		@Override
		public @Nullable String id() {
			return null;
		}

	}

	/**
	 * A reference to an earlier item ({@code item_reference}).
	 *
	 * @param id the item ID
	 */
	@JsonTypeName("item_reference")
	record ItemReference(String id) implements ResponseItem {

	}

	/**
	 * An item of a type added after this client, read without failing; its fields are kept as read and written
	 * back unchanged.
	 *
	 * @param type the item type
	 * @param fields the other fields of the item
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ResponseItem {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

		@Override
		public @Nullable String id() {
			return (this.fields.get("id") instanceof String id) ? id : null;
		}

	}

}
