package dev.integrations.openai.assistants;

import java.util.Map;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * A function the model may call.
 *
 * @param name the function name: a-z, A-Z, 0-9, underscores and dashes, at most 64 characters
 * @param description what the function does, so the model knows when to call it
 * @param parameters the parameters as a JSON Schema object; {@code null} for a function without parameters
 * @param strict whether the model must follow the schema exactly (Structured Outputs)
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record FunctionDefinition(String name, @Nullable String description, @Nullable Map<String, Object> parameters,
		@Nullable Boolean strict) {

	/**
	 * Copies the parameters. A definition read from a response is taken as it is; the request rules are checked by
	 * {@link #validate()} when it is sent.
	 */
	public FunctionDefinition {
		parameters = (parameters != null) ? Map.copyOf(parameters) : null;
	}

	/**
	 * Checks the request rule of the name; the client calls this before sending the definition.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming {@code function.name}
	 */
	public void validate() {
		Validation.notBlank("function.name", this.name);
		if (!this.name.matches("[a-zA-Z0-9_-]{1,64}")) {
			throw new dev.integrations.openai.errors.OpenAIValidationException("function.name",
					"function.name must be 1 to 64 of a-z, A-Z, 0-9, _ and -, was " + this.name);
		}
	}

	/**
	 * A function with a description and a JSON Schema for its parameters.
	 * @param name the function name
	 * @param description what the function does
	 * @param parameters the JSON Schema of the parameters
	 * @return the definition
	 */
	public static FunctionDefinition of(String name, String description, Map<String, Object> parameters) {
		FunctionDefinition function = new FunctionDefinition(name, description, parameters, null);
		function.validate();
		return function;
	}

}
