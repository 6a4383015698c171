package dev.integrations.openai.responses;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.jspecify.annotations.Nullable;

/**
 * Tool search ({@code type: tool_search}): the model finds the tools marked {@code defer_loading} when it needs
 * them, instead of seeing every definition up front.
 *
 * @param execution who runs the search: {@code server} (the API) or {@code client} (the caller)
 * @param description what the search covers, for the model, when the caller runs it
 * @param parameters the JSON schema of the search arguments, when the caller runs it
 */
@JsonTypeName("tool_search")
public record ToolSearchTool(@Nullable String execution, @Nullable String description,
		@Nullable Map<String, ?> parameters) implements ResponseTool {

	@Override
	public String type() {
		return "tool_search";
	}

	/**
	 * Tool search run by the caller.
	 * @param description what the search covers, for the model
	 * @param parameters the JSON schema of the search arguments
	 * @return the tool
	 */
	public static ToolSearchTool client(String description, Map<String, ?> parameters) {
		return new ToolSearchTool("client", description, parameters);
	}

}
