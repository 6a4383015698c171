package dev.integrations.openai.chat;

import java.util.Map;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * A function the model may call: in a {@link ChatTool.Function} tool, or in the deprecated {@code functions} list
 * (where {@code strict} is not sent).
 *
 * @param name the function name: a-z, A-Z, 0-9, underscores and dashes, at most 64 characters
 * @param description what the function does, used by the model to decide when to call it
 * @param parameters the parameters as a JSON Schema object; {@code null} for a function without parameters
 * @param strict whether the model must follow the schema exactly (Structured Outputs)
 */
public record FunctionDefinition(String name, @Nullable String description, @Nullable Map<String, Object> parameters,
		@Nullable Boolean strict) {

	/**
	 * Checks the name and copies the schema.
	 */
	public FunctionDefinition {
		Validation.notBlank("function.name", name);
		if (name.length() > 64 || !name.matches("[a-zA-Z0-9_-]+")) {
			throw new OpenAIValidationException("function.name",
					"function.name must be 1 to 64 characters of a-z, A-Z, 0-9, underscores and dashes: " + name);
		}
		parameters = (parameters != null) ? Map.copyOf(parameters) : null;
	}

	/**
	 * A function with a description and a JSON Schema for its parameters.
	 * @param name the function name
	 * @param description what the function does
	 * @param parameters the JSON Schema of the parameters
	 * @return the definition
	 */
	public static FunctionDefinition of(String name, String description, Map<String, Object> parameters) {
		return new FunctionDefinition(name, description, parameters, null);
	}

}
