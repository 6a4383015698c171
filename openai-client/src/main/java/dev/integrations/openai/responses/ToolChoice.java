package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How the model picks tools ({@code tool_choice}): a {@link Mode} ({@code none}, {@code auto}, {@code required},
 * written as a string), or a {@link Named} choice written as an object with its {@code type}: one function, custom
 * tool or MCP tool, one hosted tool, or a subset of the tools.
 */
@JsonDeserialize(using = ToolUnions.ToolChoices.class)
public sealed interface ToolChoice {

	/** The model calls no tool. */
	ToolChoice NONE = new Mode("none");

	/** The model decides (the default when tools are present). */
	ToolChoice AUTO = new Mode("auto");

	/** The model must call at least one tool. */
	ToolChoice REQUIRED = new Mode("required");

	/**
	 * Checks the request rules of the choice; the client calls this before sending it.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	default void validate() {
	}

	/**
	 * Forces a call of one function.
	 * @param name the function name
	 * @return the choice
	 */
	static Function function(String name) {
		return new Function(name);
	}

	/**
	 * Forces a call of one custom tool.
	 * @param name the custom tool name
	 * @return the choice
	 */
	static Custom custom(String name) {
		return new Custom(name);
	}

	/**
	 * Forces a call of a tool of an MCP server.
	 * @param serverLabel the label of the server
	 * @param name the tool name, or {@code null} for any tool of the server
	 * @return the choice
	 */
	static Mcp mcp(String serverLabel, @Nullable String name) {
		return new Mcp(serverLabel, name);
	}

	/**
	 * Forces the use of a hosted tool.
	 * @param type the tool type: {@code file_search}, {@code web_search_preview}, {@code computer},
	 * {@code computer_use_preview}, {@code computer_use}, {@code web_search_preview_2025_03_11},
	 * {@code image_generation}, {@code code_interpreter}, {@code apply_patch}, {@code shell} or
	 * {@code programmatic_tool_calling}
	 * @return the choice
	 */
	static Hosted hosted(String type) {
		return new Hosted(type);
	}

	/**
	 * Restricts the model to a subset of the tools.
	 * @param mode {@code auto} (may call one of them) or {@code required} (must call one of them)
	 * @param tools the tool definitions, such as {@code {"type": "function", "name": "get_weather"}}
	 * @return the choice
	 */
	static AllowedTools allowedTools(String mode, List<Map<String, Object>> tools) {
		return new AllowedTools(mode, tools);
	}

	/**
	 * A mode, written as a string.
	 *
	 * @param mode {@code none}, {@code auto} or {@code required}
	 */
	record Mode(@JsonValue String mode) implements ToolChoice {

	}

	/**
	 * A choice written as an object with its {@code type}. The members write {@code type} themselves (an existing
	 * property), because a field declared as {@link ToolChoice} has no type information for the writer to add.
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
			visible = true, defaultImpl = Unknown.class)
	@JsonSubTypes({ @JsonSubTypes.Type(Function.class), @JsonSubTypes.Type(Custom.class),
			@JsonSubTypes.Type(Mcp.class), @JsonSubTypes.Type(AllowedTools.class),
			@JsonSubTypes.Type(value = Hosted.class, names = { "file_search", "web_search_preview", "computer",
					"computer_use_preview", "computer_use", "web_search_preview_2025_03_11", "image_generation",
					"code_interpreter", "apply_patch", "shell", "programmatic_tool_calling" }) })
	sealed interface Named extends ToolChoice {

		/** @return the type, such as {@code function} */
		@JsonProperty("type")
		String type();

	}

	/**
	 * One function ({@code type: function}).
	 *
	 * @param name the function name
	 */
	@JsonTypeName("function")
	record Function(String name) implements Named {

		@Override
		public String type() {
			return "function";
		}

		@Override
		public void validate() {
			Validation.notBlank("tool_choice.name", this.name);
		}

	}

	/**
	 * One custom tool ({@code type: custom}).
	 *
	 * @param name the tool name
	 */
	@JsonTypeName("custom")
	record Custom(String name) implements Named {

		@Override
		public String type() {
			return "custom";
		}

		@Override
		public void validate() {
			Validation.notBlank("tool_choice.name", this.name);
		}

	}

	/**
	 * A tool on a remote MCP server ({@code type: mcp}).
	 *
	 * @param serverLabel the label of the server
	 * @param name the tool name, or {@code null} for any tool of the server
	 */
	@JsonTypeName("mcp")
	record Mcp(String serverLabel, @Nullable String name) implements Named {

		@Override
		public String type() {
			return "mcp";
		}

		@Override
		public void validate() {
			Validation.notBlank("tool_choice.server_label", this.serverLabel);
		}

	}

	/**
	 * A subset of the tools the model may use ({@code type: allowed_tools}).
	 *
	 * @param mode {@code auto} (may call one of them) or {@code required} (must call one of them)
	 * @param tools the tool definitions, such as {@code {"type": "function", "name": "get_weather"}}
	 */
	@JsonTypeName("allowed_tools")
	record AllowedTools(String mode, List<Map<String, Object>> tools) implements Named {

		@Override
		public String type() {
			return "allowed_tools";
		}

		@Override
		public void validate() {
			Validation.notBlank("tool_choice.mode", this.mode);
			Validation.notEmpty("tool_choice.tools", this.tools);
		}

	}

	/**
	 * One hosted tool, named by its type only, such as {@code {"type": "file_search"}}.
	 *
	 * @param type the tool type
	 */
	record Hosted(String type) implements Named {

		@Override
		public void validate() {
			Validation.notBlank("tool_choice.type", this.type);
		}

	}

	/**
	 * A choice of a type this client does not know, kept and written back unchanged.
	 *
	 * @param type the choice type
	 * @param fields the other fields, as read
	 */
	record Unknown(@Nullable String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements Named {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
