package dev.integrations.openai.realtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.responses.McpTool;
import org.jspecify.annotations.Nullable;

/**
 * A tool the model may call in a Realtime session or response: a {@link Function} ({@code RealtimeFunctionTool}),
 * the tools of an {@link Mcp} server ({@code MCPTool}), or {@link Unknown} for a type added after the spec.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = RealtimeTool.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(RealtimeTool.Function.class), @JsonSubTypes.Type(RealtimeTool.Mcp.class) })
public sealed interface RealtimeTool {

	/**
	 * A function tool.
	 * @param name the function name
	 * @param description what it does, for the model
	 * @param parameters its parameters as a JSON schema
	 * @return the tool
	 */
	static Function function(String name, String description, Map<String, ?> parameters) {
		return new Function(name, description, parameters);
	}

	/**
	 * The tools of a remote MCP server.
	 * @param serverLabel the label that identifies the server in tool calls
	 * @param serverUrl the server's URL
	 * @return the tool
	 */
	static Mcp mcp(String serverLabel, String serverUrl) {
		return new Mcp(serverLabel, serverUrl, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * A function the model may call ({@code type: function}).
	 *
	 * @param name the function name
	 * @param description what it does and when to call it
	 * @param parameters its parameters as a JSON schema
	 */
	@JsonTypeName("function")
	record Function(@Nullable String name, @Nullable String description,
			@Nullable Map<String, ?> parameters) implements RealtimeTool {

	}

	/**
	 * A remote MCP server or service connector whose tools the model may call ({@code type: mcp}); the same
	 * settings as {@link McpTool} of the Responses API. {@link #toString()} hides the token and header values.
	 *
	 * @param serverLabel the label that identifies the server in tool calls
	 * @param serverUrl the URL of the server
	 * @param connectorId a service connector, such as {@code connector_googledrive}
	 * @param tunnelId a Secure MCP Tunnel, such as {@code tunnel_...}
	 * @param authorization an OAuth access token for the server or connector
	 * @param serverDescription a description of the server, for the model
	 * @param headers HTTP headers sent to the server, such as authentication
	 * @param allowedTools which of the server's tools the model may call
	 * @param allowedCallers the contexts that may call its tools
	 * @param requireApproval which tool calls need the caller's approval
	 * @param deferLoading whether the tools are deferred and discovered through tool search
	 */
	@JsonTypeName("mcp")
	record Mcp(String serverLabel, @Nullable String serverUrl, @Nullable String connectorId,
			@Nullable String tunnelId, @Nullable String authorization, @Nullable String serverDescription,
			@Nullable Map<String, String> headers, McpTool.@Nullable AllowedTools allowedTools,
			@Nullable List<String> allowedCallers, McpTool.@Nullable Approval requireApproval,
			@Nullable Boolean deferLoading) implements RealtimeTool {

		/**
		 * Returns a copy with an approval setting.
		 * @param requireApproval such as {@link McpTool.Approval#NEVER}
		 * @return the tool
		 */
		public Mcp withRequireApproval(McpTool.Approval requireApproval) {
			return new Mcp(this.serverLabel, this.serverUrl, this.connectorId, this.tunnelId, this.authorization,
					this.serverDescription, this.headers, this.allowedTools, this.allowedCallers, requireApproval,
					this.deferLoading);
		}

		/**
		 * Returns a copy with an OAuth access token.
		 * @param authorization the token, never shown by {@link #toString()}
		 * @return the tool
		 */
		public Mcp withAuthorization(String authorization) {
			return new Mcp(this.serverLabel, this.serverUrl, this.connectorId, this.tunnelId, authorization,
					this.serverDescription, this.headers, this.allowedTools, this.allowedCallers,
					this.requireApproval, this.deferLoading);
		}

		/** @return the tool with the token and header values hidden */
		@Override
		public String toString() {
			Map<String, String> hidden = null;
			if (this.headers != null) {
				hidden = new LinkedHashMap<>();
				for (String name : this.headers.keySet()) {
					hidden.put(name, "***");
				}
			}
			return "Mcp[serverLabel=" + this.serverLabel + ", serverUrl=" + this.serverUrl + ", connectorId="
					+ this.connectorId + ", tunnelId=" + this.tunnelId + ", authorization="
					+ ((this.authorization != null) ? "***" : null) + ", headers=" + hidden + ", allowedTools="
					+ this.allowedTools + ", requireApproval=" + this.requireApproval + "]";
		}

	}

	/**
	 * A tool type this client does not know, kept as read and written back unchanged.
	 *
	 * @param type the tool type
	 * @param fields its other fields
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements RealtimeTool {

		/** Normalizes the fields. */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
