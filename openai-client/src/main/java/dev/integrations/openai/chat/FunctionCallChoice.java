package dev.integrations.openai.chat;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.Validation;

/**
 * Which function the model calls ({@code function_call}), deprecated by the API in favor of {@link ToolChoice}:
 * {@link #NONE} or {@link #AUTO} (sent as strings), or a named function ({@code {"name": ...}}).
 */
public sealed interface FunctionCallChoice {

	/** The model calls no function. */
	FunctionCallChoice NONE = Mode.NONE;

	/** The model chooses whether to call a function. */
	FunctionCallChoice AUTO = Mode.AUTO;

	/**
	 * Forces a call of a function.
	 * @param name the function name
	 * @return the choice
	 */
	static FunctionCallChoice function(String name) {
		return new Named(Validation.notBlank("function_call.name", name));
	}

	/**
	 * A mode, sent as a string.
	 */
	enum Mode implements FunctionCallChoice {

		/** {@code none}. */
		NONE,

		/** {@code auto}. */
		AUTO;

		/** @return the wire value */
		@JsonValue
		public String wireValue() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A named function, {@code {"name": ...}}.
	 *
	 * @param name the function name
	 */
	record Named(String name) implements FunctionCallChoice {

		/** @return the wire form */
		@JsonValue
		Map<String, String> wireValue() {
			return Map.of("name", this.name);
		}

	}

}
