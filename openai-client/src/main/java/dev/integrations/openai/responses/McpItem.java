package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ResponseItem}s of remote MCP servers: the tools a server lists, calls of them, and the approval
 * requests the caller answers with {@link #approve(String)} or {@link #deny(String, String)}.
 */
public sealed interface McpItem extends ResponseItem {

	/**
	 * Approves an MCP tool call.
	 * @param approvalRequestId the ID of the {@link ApprovalRequest}
	 * @return the approval response
	 */
	static ApprovalResponse approve(String approvalRequestId) {
		return new ApprovalResponse(null, approvalRequestId, true, null);
	}

	/**
	 * Denies an MCP tool call.
	 * @param approvalRequestId the ID of the {@link ApprovalRequest}
	 * @param reason why, or {@code null}
	 * @return the approval response
	 */
	static ApprovalResponse deny(String approvalRequestId, @Nullable String reason) {
		return new ApprovalResponse(null, approvalRequestId, false, reason);
	}

	/**
	 * The tools an MCP server offers ({@code mcp_list_tools}).
	 *
	 * @param id the item ID
	 * @param serverLabel the label of the server
	 * @param tools the tools
	 * @param error the error, when the server could not list its tools
	 */
	@JsonTypeName("mcp_list_tools")
	record ListTools(String id, String serverLabel, List<Tool> tools, @Nullable String error) implements McpItem {

		/**
		 * Normalizes missing tools to an empty list.
		 */
		public ListTools {
			tools = WireLists.copyOf(tools);
		}

	}

	/**
	 * A tool of an MCP server.
	 *
	 * @param name the tool name
	 * @param description what it does
	 * @param inputSchema the JSON schema of its input
	 * @param annotations further information about the tool
	 */
	record Tool(String name, @Nullable String description, Map<String, Object> inputSchema,
			@Nullable Map<String, Object> annotations) {

	}

	/**
	 * A request for the caller's approval of an MCP tool call ({@code mcp_approval_request}).
	 *
	 * @param id the item ID, to answer with
	 * @param serverLabel the label of the server
	 * @param name the tool to call
	 * @param arguments the arguments, as JSON text
	 */
	@JsonTypeName("mcp_approval_request")
	record ApprovalRequest(String id, String serverLabel, String name, String arguments) implements McpItem {

	}

	/**
	 * The caller's answer to an approval request ({@code mcp_approval_response}).
	 *
	 * @param id the item ID, on items from the API
	 * @param approvalRequestId the ID of the request this answers
	 * @param approve whether the call is approved
	 * @param reason why, optionally
	 */
	@JsonTypeName("mcp_approval_response")
	record ApprovalResponse(@Nullable String id, String approvalRequestId, boolean approve,
			@Nullable String reason) implements McpItem {

	}

	/**
	 * A call of a tool on an MCP server ({@code mcp_call}).
	 *
	 * @param id the item ID
	 * @param serverLabel the label of the server
	 * @param name the tool called
	 * @param arguments the arguments, as JSON text
	 * @param output the output of the tool
	 * @param error the error, when the call failed: {@code type} ({@code mcp_protocol_error},
	 * {@code mcp_tool_execution_error} or {@code http_error}) and its details
	 * @param status {@code in_progress}, {@code completed}, {@code incomplete}, {@code calling} or {@code failed}
	 * @param approvalRequestId the approval request that allowed the call
	 */
	@JsonTypeName("mcp_call")
	record Call(String id, String serverLabel, String name, String arguments, @Nullable String output,
			@Nullable Map<String, Object> error, @Nullable String status,
			@Nullable String approvalRequestId) implements McpItem {

	}

}
