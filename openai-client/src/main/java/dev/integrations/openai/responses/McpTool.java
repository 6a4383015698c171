package dev.integrations.openai.responses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * A remote MCP server or service connector whose tools the model may call ({@code type: mcp}). One of
 * {@code server_url}, {@code connector_id} or {@code tunnel_id} says where the server is. {@link #toString()} hides
 * the {@code authorization} token and the header values.
 *
 * @param serverLabel the label that identifies the server in tool calls
 * @param serverUrl the URL of the server
 * @param connectorId a service connector, such as {@code connector_googledrive}
 * @param tunnelId a Secure MCP Tunnel, such as {@code tunnel_...}
 * @param authorization an OAuth access token for the server or connector
 * @param serverDescription a description of the server, for the model
 * @param headers HTTP headers sent to the server, such as authentication
 * @param allowedTools which of the server's tools the model may call
 * @param allowedCallers the contexts that may call its tools: {@code direct}, {@code programmatic}
 * @param requireApproval which tool calls need the caller's approval (the API's default: all)
 * @param deferLoading whether the tools are deferred and discovered through tool search
 */
@JsonTypeName("mcp")
public record McpTool(String serverLabel, @Nullable String serverUrl, @Nullable String connectorId,
		@Nullable String tunnelId, @Nullable String authorization, @Nullable String serverDescription,
		@Nullable Map<String, String> headers, @Nullable AllowedTools allowedTools,
		@Nullable List<String> allowedCallers, @Nullable Approval requireApproval,
		@Nullable Boolean deferLoading) implements ResponseTool {

	@Override
	public String type() {
		return "mcp";
	}

	@Override
	public void validate() {
		Validation.notBlank("tools.mcp.server_label", this.serverLabel);
		if (this.serverUrl == null && this.connectorId == null && this.tunnelId == null) {
			throw new OpenAIValidationException("tools.mcp.server_url",
					"tools.mcp needs one of server_url, connector_id or tunnel_id");
		}
		if (this.allowedCallers != null) {
			Validation.notEmpty("tools.mcp.allowed_callers", this.allowedCallers);
		}
	}

	/**
	 * Starts a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
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
		return "McpTool[serverLabel=" + this.serverLabel + ", serverUrl=" + this.serverUrl + ", connectorId="
				+ this.connectorId + ", tunnelId=" + this.tunnelId + ", authorization="
				+ ((this.authorization != null) ? "***" : null) + ", serverDescription=" + this.serverDescription
				+ ", headers=" + hidden + ", allowedTools=" + this.allowedTools + ", allowedCallers="
				+ this.allowedCallers + ", requireApproval=" + this.requireApproval + ", deferLoading="
				+ this.deferLoading + "]";
	}

	private static @Nullable ToolFilter readFilter(@Nullable Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			return null;
		}
		Object names = map.get("tool_names");
		Object readOnly = map.get("read_only");
		return new ToolFilter((names instanceof List<?> list) ? strings(list) : null,
				(readOnly instanceof Boolean flag) ? flag : null);
	}

	private static List<String> strings(List<?> list) {
		return list.stream().map(String::valueOf).toList();
	}

	/**
	 * A filter of MCP tools ({@code MCPToolFilter}), also the object form of {@link AllowedTools}.
	 *
	 * @param toolNames the tool names
	 * @param readOnly whether it matches the tools annotated as read-only
	 */
	public record ToolFilter(@Nullable List<String> toolNames, @Nullable Boolean readOnly) implements AllowedTools {

		/**
		 * The tools of these names.
		 * @param toolNames the tool names
		 * @return the filter
		 */
		public static ToolFilter names(String... toolNames) {
			return new ToolFilter(List.of(toolNames), null);
		}

	}

	/**
	 * The tools the model may call ({@code allowed_tools}): a list of names, or a {@link ToolFilter}.
	 */
	public sealed interface AllowedTools permits AllowedTools.Names, ToolFilter {

		/**
		 * The tools of these names, written as a list.
		 * @param toolNames the tool names
		 * @return the allowed tools
		 */
		static AllowedTools names(String... toolNames) {
			return new Names(List.of(toolNames));
		}

		/**
		 * Reads either shape.
		 * @param value a list of names or a filter object
		 * @return the allowed tools
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static AllowedTools read(Object value) {
			if (value instanceof List<?> list) {
				return new Names(strings(list));
			}
			ToolFilter filter = readFilter(value);
			return (filter != null) ? filter : new ToolFilter(null, null);
		}

		/**
		 * Tool names, written as a list.
		 *
		 * @param toolNames the tool names
		 */
		record Names(@JsonValue List<String> toolNames) implements AllowedTools {

		}

	}

	/**
	 * Which tool calls need the caller's approval ({@code require_approval}): {@code always} or {@code never} for
	 * all, or filters of the tools that always and never need it.
	 */
	public sealed interface Approval {

		/** Every call needs approval. */
		Approval ALWAYS = new Mode("always");

		/** No call needs approval. */
		Approval NEVER = new Mode("never");

		/**
		 * Approval by tool.
		 * @param always the tools whose calls always need approval, or {@code null}
		 * @param never the tools whose calls never need approval, or {@code null}
		 * @return the setting
		 */
		static Approval byTool(@Nullable ToolFilter always, @Nullable ToolFilter never) {
			return new ByTool(always, never);
		}

		/**
		 * Reads either shape.
		 * @param value {@code always}, {@code never} or an object
		 * @return the setting
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Approval read(Object value) {
			if (value instanceof Map<?, ?> map) {
				return new ByTool(readFilter(map.get("always")), readFilter(map.get("never")));
			}
			return new Mode(String.valueOf(value));
		}

		/**
		 * The same setting for every tool, written as a string.
		 *
		 * @param mode {@code always} or {@code never}
		 */
		record Mode(@JsonValue String mode) implements Approval {

		}

		/**
		 * Approval by tool, written as an object.
		 *
		 * @param always the tools whose calls always need approval
		 * @param never the tools whose calls never need approval
		 */
		record ByTool(@Nullable ToolFilter always, @Nullable ToolFilter never) implements Approval {

		}

	}

	/**
	 * Builds an {@link McpTool}; {@code server_label} and one of {@code server_url}, {@code connector_id},
	 * {@code tunnel_id} are required.
	 */
	public static final class Builder {

		private @Nullable String serverLabel;

		private @Nullable String serverUrl;

		private @Nullable String connectorId;

		private @Nullable String tunnelId;

		private @Nullable String authorization;

		private @Nullable String serverDescription;

		private @Nullable Map<String, String> headers;

		private @Nullable AllowedTools allowedTools;

		private @Nullable List<String> allowedCallers;

		private @Nullable Approval requireApproval;

		private @Nullable Boolean deferLoading;

		private Builder() {
		}

		/** Sets {@code server_label}: the label that identifies the server in tool calls. */
		public Builder serverLabel(String serverLabel) {
			this.serverLabel = serverLabel;
			return this;
		}

		/** Sets {@code server_url}: the URL of the server. */
		public Builder serverUrl(@Nullable String serverUrl) {
			this.serverUrl = serverUrl;
			return this;
		}

		/** Sets {@code connector_id}: a service connector, such as {@code connector_gmail}. */
		public Builder connectorId(@Nullable String connectorId) {
			this.connectorId = connectorId;
			return this;
		}

		/** Sets {@code tunnel_id}: a Secure MCP Tunnel ID. */
		public Builder tunnelId(@Nullable String tunnelId) {
			this.tunnelId = tunnelId;
			return this;
		}

		/** Sets {@code authorization}: an OAuth access token. */
		public Builder authorization(@Nullable String authorization) {
			this.authorization = authorization;
			return this;
		}

		/** Sets {@code server_description}: a description of the server, for the model. */
		public Builder serverDescription(@Nullable String serverDescription) {
			this.serverDescription = serverDescription;
			return this;
		}

		/** Sets {@code headers}: HTTP headers sent to the server. */
		public Builder headers(@Nullable Map<String, String> headers) {
			this.headers = (headers != null) ? Map.copyOf(headers) : null;
			return this;
		}

		/**
		 * Sets {@code allowed_tools}: which tools the model may call, such as {@code
		 * AllowedTools.names("ask_question")}.
		 */
		public Builder allowedTools(@Nullable AllowedTools allowedTools) {
			this.allowedTools = allowedTools;
			return this;
		}

		/** Sets {@code allowed_callers}: {@code direct}, {@code programmatic}. */
		public Builder allowedCallers(@Nullable List<String> allowedCallers) {
			this.allowedCallers = (allowedCallers != null) ? List.copyOf(allowedCallers) : null;
			return this;
		}

		/** Sets {@code require_approval}: such as {@link Approval#NEVER}. */
		public Builder requireApproval(@Nullable Approval requireApproval) {
			this.requireApproval = requireApproval;
			return this;
		}

		/** Sets {@code defer_loading}: whether the tools are discovered through tool search. */
		public Builder deferLoading(@Nullable Boolean deferLoading) {
			this.deferLoading = deferLoading;
			return this;
		}

		/**
		 * Builds the tool.
		 * @return the tool
		 * @throws OpenAIValidationException when {@code server_label} or the server's location is missing
		 */
		public McpTool build() {
			McpTool tool = new McpTool(this.serverLabel, this.serverUrl, this.connectorId, this.tunnelId,
					this.authorization, this.serverDescription, this.headers, this.allowedTools, this.allowedCallers,
					this.requireApproval, this.deferLoading);
			tool.validate();
			return tool;
		}

	}

}
