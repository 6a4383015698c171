package dev.integrations.openai.finetuning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Scores with a Python function {@code grade(sample, item)} returning a float ({@code python}).
 *
 * @param name the name of the grader
 * @param source the source code of the script
 * @param imageTag the image tag to run the script in, such as {@code 2025-05-08}
 */
@JsonTypeName("python")
public record PythonGrader(String name, String source, @Nullable String imageTag) implements Grader {

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	@Override
	public void validate() {
		Validation.notBlank("grader.name", name);
		Validation.notBlank("grader.source", source);
	}

}
