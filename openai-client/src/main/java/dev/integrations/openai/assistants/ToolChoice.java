package dev.integrations.openai.assistants;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Which tool the model calls: the modes {@code "none"}, {@code "auto"} and {@code "required"}, or a named tool
 * such as {@code {"type": "function", "function": {"name": "get_weather"}}}.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
@JsonDeserialize(using = ToolChoiceReader.class)
public sealed interface ToolChoice {

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	default void validate() {
	}

	/** @return {@code "none"}: the model answers without calling tools */
	static ToolChoice none() {
		return new Mode("none");
	}

	/** @return {@code "auto"}: the model decides */
	static ToolChoice auto() {
		return new Mode("auto");
	}

	/** @return {@code "required"}: the model calls at least one tool */
	static ToolChoice required() {
		return new Mode("required");
	}

	/**
	 * Forces a function.
	 * @param name the function name
	 * @return the choice
	 */
	static ToolChoice function(String name) {
		ToolChoice choice = new Named("function", new Named.FunctionName(name));
		choice.validate();
		return choice;
	}

	/** @return forces the code interpreter */
	static ToolChoice codeInterpreter() {
		return new Named("code_interpreter", null);
	}

	/** @return forces file search */
	static ToolChoice fileSearch() {
		return new Named("file_search", null);
	}

	/**
	 * A mode: {@code none}, {@code auto} or {@code required}.
	 *
	 * @param mode the mode
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Mode(@JsonValue String mode) implements ToolChoice {

		@Override
		public void validate() {
			Validation.notBlank("tool_choice", this.mode);
		}

	}

	/**
	 * A named tool.
	 *
	 * @param type {@code function}, {@code code_interpreter} or {@code file_search}
	 * @param function the function, when {@code type} is {@code function}
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Named(String type, @Nullable FunctionName function) implements ToolChoice {

		@Override
		public void validate() {
			Validation.notBlank("tool_choice.type", this.type);
			if ("function".equals(this.type)) {
				Validation.required("tool_choice.function", this.function).validate();
			}
		}

		/**
		 * The function a named choice forces.
		 *
		 * @param name the function name
		 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
		 */
		@Deprecated
		public record FunctionName(String name) {

			/**
			 * Checks the request rule of the name; the client calls this before sending it.
			 * @throws dev.integrations.openai.errors.OpenAIValidationException naming
			 * {@code tool_choice.function.name}
			 */
			public void validate() {
				Validation.notBlank("tool_choice.function.name", this.name);
			}

		}

	}

}
