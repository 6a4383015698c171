package dev.integrations.openai.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.Validation;

/**
 * Which tool the model calls ({@code tool_choice}): a mode ({@link #NONE}, {@link #AUTO}, {@link #REQUIRED}, sent
 * as a string), a named function or custom tool, or a restriction to allowed tools.
 */
public sealed interface ToolChoice {

	/** The model calls no tool and answers with a message. */
	ToolChoice NONE = Mode.NONE;

	/** The model chooses between answering and calling tools. */
	ToolChoice AUTO = Mode.AUTO;

	/** The model must call one or more tools. */
	ToolChoice REQUIRED = Mode.REQUIRED;

	/**
	 * Forces a call of a function tool.
	 * @param name the function name
	 * @return the choice
	 */
	static ToolChoice function(String name) {
		return new Named("function", Map.of("name", Validation.notBlank("tool_choice.function.name", name)));
	}

	/**
	 * Forces a call of a custom tool.
	 * @param name the custom tool name
	 * @return the choice
	 */
	static ToolChoice custom(String name) {
		return new Named("custom", Map.of("name", Validation.notBlank("tool_choice.custom.name", name)));
	}

	/**
	 * Restricts the model to a subset of the tools.
	 * @param mode {@code auto} (may call them) or {@code required} (must call one or more)
	 * @param tools tool references such as {@code {"type": "function", "function": {"name": "get_weather"}}}
	 * @return the choice
	 */
	static ToolChoice allowedTools(AllowedMode mode, List<Map<String, Object>> tools) {
		Validation.required("tool_choice.allowed_tools.mode", mode);
		Validation.notEmpty("tool_choice.allowed_tools.tools", tools);
		return new AllowedTools(new AllowedToolsConfig(mode, List.copyOf(tools)));
	}

	/**
	 * A tool choice mode, sent as a string.
	 */
	enum Mode implements ToolChoice {

		/** {@code none}. */
		NONE("none"),

		/** {@code auto}. */
		AUTO("auto"),

		/** {@code required}. */
		REQUIRED("required");

		private final String wireValue;

		Mode(String wireValue) {
			this.wireValue = wireValue;
		}

		/** @return the wire value */
		@JsonValue
		public String wireValue() {
			return this.wireValue;
		}

	}

	/**
	 * A named tool: {@code {"type": "function", "function": {"name": ...}}} or the same with {@code custom}.
	 *
	 * @param type {@code function} or {@code custom}
	 * @param target {@code {"name": ...}}
	 */
	record Named(String type, Map<String, String> target) implements ToolChoice {

		/** @return the wire form */
		@JsonValue
		Map<String, Object> wireValue() {
			return Map.of("type", this.type, this.type, this.target);
		}

	}

	/**
	 * A restriction to allowed tools ({@code type: allowed_tools}).
	 *
	 * @param allowedTools the restriction
	 */
	record AllowedTools(AllowedToolsConfig allowedTools) implements ToolChoice {

		/** @return always {@code allowed_tools} */
		@JsonProperty("type")
		String type() {
			return "allowed_tools";
		}

	}

	/**
	 * The allowed tools and whether one must be called.
	 *
	 * @param mode the mode
	 * @param tools the tool references
	 */
	record AllowedToolsConfig(AllowedMode mode, List<Map<String, Object>> tools) {

	}

	/**
	 * Whether the model may or must call one of the allowed tools.
	 */
	enum AllowedMode {

		/** The model may call one of them or answer. */
		AUTO,

		/** The model must call one or more of them. */
		REQUIRED

	}

}
