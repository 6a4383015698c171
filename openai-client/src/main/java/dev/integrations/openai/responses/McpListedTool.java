package dev.integrations.openai.responses;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A tool an MCP server offers, as listed in an {@code mcp_list_tools} output item ({@code MCPListToolsTool}).
 *
 * @param name the tool name
 * @param description what the tool does
 * @param inputSchema the JSON schema of the tool's input
 * @param annotations the server's annotations of the tool, such as {@code {"readOnlyHint": true}}
 */
public record McpListedTool(String name, @Nullable String description, Map<String, Object> inputSchema,
		@Nullable Map<String, Object> annotations) {

}
