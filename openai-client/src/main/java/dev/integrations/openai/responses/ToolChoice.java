package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How the model picks tools ({@code tool_choice}): a mode ({@code none}, {@code auto}, {@code required}), one
 * function, one built-in tool, one MCP tool, one custom tool, or a subset of the tools.
 */
@JsonDeserialize(using = WireUnions.ToolChoices.class)
public sealed interface ToolChoice {

	/** The model calls no tool. */
	ToolChoice NONE = new Mode("none");

	/** The model decides (the default when tools are present). */
	ToolChoice AUTO = new Mode("auto");

	/** The model must call at least one tool. */
	ToolChoice REQUIRED = new Mode("required");

	/**
	 * Forces a call of one function.
	 * @param name the function name
	 * @return the choice
	 */
	static ToolChoice function(String name) {
		return new Function(name);
	}

	/**
	 * Forces the use of a built-in tool.
	 * @param type the tool type: {@code file_search}, {@code web_search_preview}, {@code computer_use_preview},
	 * {@code code_interpreter}, {@code image_generation}, ...
	 * @return the choice
	 */
	static ToolChoice hosted(String type) {
		return new Hosted(type);
	}

	/**
	 * A mode.
	 *
	 * @param mode {@code none}, {@code auto} or {@code required}
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Mode(@JsonValue String mode) implements ToolChoice {

	}

	/**
	 * One function.
	 *
	 * @param name the function name
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Function(String name) implements ToolChoice {

		/** @return always {@code function} */
		@JsonProperty("type")
		public String type() {
			return "function";
		}

	}

	/**
	 * One built-in tool.
	 *
	 * @param type the tool type, such as {@code file_search}
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Hosted(@JsonProperty("type") String type) implements ToolChoice {

	}

	/**
	 * A tool on a remote MCP server.
	 *
	 * @param serverLabel the label of the server
	 * @param name the tool name, or {@code null} for any tool of the server
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Mcp(String serverLabel, @Nullable String name) implements ToolChoice {

		/** @return always {@code mcp} */
		@JsonProperty("type")
		public String type() {
			return "mcp";
		}

	}

	/**
	 * One custom tool.
	 *
	 * @param name the tool name
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Custom(String name) implements ToolChoice {

		/** @return always {@code custom} */
		@JsonProperty("type")
		public String type() {
			return "custom";
		}

	}

	/**
	 * A subset of the tools the model may use.
	 *
	 * @param mode {@code auto} (may call one of them) or {@code required} (must call one of them)
	 * @param tools the tool definitions, such as {@code {"type": "function", "name": "get_weather"}}
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record AllowedTools(String mode, List<Map<String, Object>> tools) implements ToolChoice {

		/** @return always {@code allowed_tools} */
		@JsonProperty("type")
		public String type() {
			return "allowed_tools";
		}

	}

	/**
	 * A choice of a kind this client does not model, kept as raw JSON.
	 *
	 * @param raw the whole value
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Unknown(@JsonValue JsonNode raw) implements ToolChoice {

	}

}
