package dev.integrations.openai.realtime;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * An item of a Realtime conversation ({@code RealtimeConversationItem}), selected by its {@code type}: a
 * {@link Message} of the system, user or assistant, a {@link FunctionCall} and its {@link FunctionCallOutput}, the
 * MCP items, or {@link Unknown} for a type added after the spec. The same records are sent in
 * {@code conversation.item.create} and read from server events; every field is nullable when read, and fields
 * this client does not know are kept in {@code extra} and written back.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = RealtimeItem.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(RealtimeItem.Message.class), @JsonSubTypes.Type(RealtimeItem.FunctionCall.class),
		@JsonSubTypes.Type(RealtimeItem.FunctionCallOutput.class),
		@JsonSubTypes.Type(RealtimeItem.McpApprovalRequest.class),
		@JsonSubTypes.Type(RealtimeItem.McpApprovalResponse.class),
		@JsonSubTypes.Type(RealtimeItem.McpListTools.class), @JsonSubTypes.Type(RealtimeItem.McpCall.class) })
public sealed interface RealtimeItem {

	/** @return the item id, {@code null} on an item the client creates without one */
	@Nullable String id();

	/**
	 * A message with content parts.
	 * @param role {@code system}, {@code user} or {@code assistant}
	 * @param content the parts
	 * @return the item
	 */
	static Message message(String role, RealtimeContentPart... content) {
		return new Message(null, null, null, role, List.of(content), null);
	}

	/**
	 * A user message with one {@code input_text} part.
	 * @param text the text
	 * @return the item
	 */
	static Message userText(String text) {
		return message("user", RealtimeContentPart.inputText(text));
	}

	/**
	 * A user message with one {@code input_audio} part.
	 * @param audio the audio bytes in the session's input format, such as PCM16
	 * @return the item
	 */
	static Message userAudio(byte[] audio) {
		return message("user", RealtimeContentPart.inputAudio(audio));
	}

	/**
	 * A system message with one {@code input_text} part.
	 * @param text the text
	 * @return the item
	 */
	static Message systemText(String text) {
		return message("system", RealtimeContentPart.inputText(text));
	}

	/**
	 * The result of a function call the model asked for.
	 * @param callId the {@code call_id} of the function call
	 * @param output the function's result, usually JSON
	 * @return the item
	 */
	static FunctionCallOutput functionCallOutput(String callId, String output) {
		return new FunctionCallOutput(null, null, null, callId, output, null);
	}

	/**
	 * The caller's answer to an MCP approval request.
	 * @param approvalRequestId the id of the {@link McpApprovalRequest}
	 * @param approve whether the call may run
	 * @return the item
	 */
	static McpApprovalResponse mcpApproval(String approvalRequestId, boolean approve) {
		return new McpApprovalResponse(null, approvalRequestId, approve, null, null);
	}

	/**
	 * A message ({@code type: message}): {@code RealtimeConversationItemMessageSystem}, {@code ...User} or
	 * {@code ...Assistant} of the spec.
	 *
	 * @param id the item id
	 * @param object always {@code realtime.item}
	 * @param status {@code completed}, {@code incomplete} or {@code in_progress}
	 * @param role {@code system}, {@code user} or {@code assistant}
	 * @param content the content parts
	 * @param extra fields this client does not know, kept as read
	 */
	@JsonTypeName("message")
	@JsonIgnoreProperties("type")
	record Message(@Nullable String id, @Nullable String object, @Nullable String status, @Nullable String role,
			List<RealtimeContentPart> content,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeItem {

		/** Normalizes the content and the extra fields. */
		public Message {
			content = (content != null) ? List.copyOf(content) : List.of();
			extra = Extras.copy(extra);
		}

	}

	/**
	 * A function call of the model ({@code type: function_call}).
	 *
	 * @param id the item id
	 * @param object always {@code realtime.item}
	 * @param status {@code completed}, {@code incomplete} or {@code in_progress}
	 * @param callId the call id, echoed by the {@link FunctionCallOutput}
	 * @param name the function name
	 * @param arguments the arguments, JSON
	 * @param extra fields this client does not know, kept as read
	 */
	@JsonTypeName("function_call")
	@JsonIgnoreProperties("type")
	record FunctionCall(@Nullable String id, @Nullable String object, @Nullable String status,
			@Nullable String callId, @Nullable String name, @Nullable String arguments,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeItem {

		/** Normalizes the extra fields. */
		public FunctionCall {
			extra = Extras.copy(extra);
		}

	}

	/**
	 * The result of a function call ({@code type: function_call_output}).
	 *
	 * @param id the item id
	 * @param object always {@code realtime.item}
	 * @param status {@code completed}, {@code incomplete} or {@code in_progress}
	 * @param callId the call id of the {@link FunctionCall}
	 * @param output the result, usually JSON
	 * @param extra fields this client does not know, kept as read
	 */
	@JsonTypeName("function_call_output")
	@JsonIgnoreProperties("type")
	record FunctionCallOutput(@Nullable String id, @Nullable String object, @Nullable String status,
			@Nullable String callId, @Nullable String output,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeItem {

		/** Normalizes the extra fields. */
		public FunctionCallOutput {
			extra = Extras.copy(extra);
		}

	}

	/**
	 * The model asks to call an MCP tool ({@code type: mcp_approval_request}).
	 *
	 * @param id the item id, answered by {@link McpApprovalResponse#approvalRequestId()}
	 * @param serverLabel the MCP server
	 * @param name the tool
	 * @param arguments the arguments, JSON
	 * @param extra fields this client does not know, kept as read
	 */
	@JsonTypeName("mcp_approval_request")
	@JsonIgnoreProperties("type")
	record McpApprovalRequest(@Nullable String id, @Nullable String serverLabel, @Nullable String name,
			@Nullable String arguments,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeItem {

		/** Normalizes the extra fields. */
		public McpApprovalRequest {
			extra = Extras.copy(extra);
		}

	}

	/**
	 * The caller's answer to an approval request ({@code type: mcp_approval_response}).
	 *
	 * @param id the item id
	 * @param approvalRequestId the request answered
	 * @param approve whether the call may run
	 * @param reason why, optionally
	 * @param extra fields this client does not know, kept as read
	 */
	@JsonTypeName("mcp_approval_response")
	@JsonIgnoreProperties("type")
	record McpApprovalResponse(@Nullable String id, @Nullable String approvalRequestId, @Nullable Boolean approve,
			@Nullable String reason,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeItem {

		/** Normalizes the extra fields. */
		public McpApprovalResponse {
			extra = Extras.copy(extra);
		}

	}

	/**
	 * The tools an MCP server offers ({@code type: mcp_list_tools}).
	 *
	 * @param id the item id
	 * @param serverLabel the MCP server
	 * @param tools the tools
	 * @param extra fields this client does not know, kept as read
	 */
	@JsonTypeName("mcp_list_tools")
	@JsonIgnoreProperties("type")
	record McpListTools(@Nullable String id, @Nullable String serverLabel, List<McpToolInfo> tools,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeItem {

		/** Normalizes the tools and the extra fields. */
		public McpListTools {
			tools = (tools != null) ? List.copyOf(tools) : List.of();
			extra = Extras.copy(extra);
		}

	}

	/**
	 * A tool of an MCP server ({@code MCPListToolsTool}).
	 *
	 * @param name the tool name
	 * @param description its description
	 * @param inputSchema the JSON schema of its input
	 * @param annotations its annotations
	 */
	record McpToolInfo(@Nullable String name, @Nullable String description,
			@Nullable Map<String, Object> inputSchema, @Nullable Map<String, Object> annotations) {

	}

	/**
	 * A call of an MCP tool ({@code type: mcp_call}).
	 *
	 * @param id the item id
	 * @param serverLabel the MCP server
	 * @param name the tool
	 * @param arguments the arguments, JSON
	 * @param approvalRequestId the approval request, if the call needed one
	 * @param output the tool's output
	 * @param error why the call failed
	 * @param extra fields this client does not know, kept as read
	 */
	@JsonTypeName("mcp_call")
	@JsonIgnoreProperties("type")
	record McpCall(@Nullable String id, @Nullable String serverLabel, @Nullable String name,
			@Nullable String arguments, @Nullable String approvalRequestId, @Nullable String output,
			@Nullable McpError error,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeItem {

		/** Normalizes the extra fields. */
		public McpCall {
			extra = Extras.copy(extra);
		}

	}

	/**
	 * Why an MCP call failed: {@code protocol_error}, {@code tool_execution_error} or {@code http_error}
	 * (one record, their fields are the same).
	 *
	 * @param type the kind of error
	 * @param code the protocol or HTTP error code
	 * @param message the message
	 */
	record McpError(@Nullable String type, @Nullable Integer code, @Nullable String message) {

	}

	/**
	 * An item type this client does not know, kept as read and written back unchanged.
	 *
	 * @param id the item id, if it has one
	 * @param type the item type
	 * @param fields its other fields
	 */
	record Unknown(@Nullable String id, @JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements RealtimeItem {

		/** Normalizes the fields. */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
