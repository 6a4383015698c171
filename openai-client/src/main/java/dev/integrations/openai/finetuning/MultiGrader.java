package dev.integrations.openai.finetuning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;

/**
 * Combines the score of another grader by a formula ({@code multi}).
 *
 * @param name the name of the grader
 * @param graders the grader whose result the formula uses
 * @param calculateOutput the formula, such as {@code 0.5 * text_similarity_score + 0.5 * string_check_score}
 */
@JsonTypeName("multi")
public record MultiGrader(String name, Grader graders, String calculateOutput) implements Grader {

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @param field the wire field of this grader, such as {@code grader} or {@code testing_criteria}
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	@Override
	public void validate(String field) {
		Validation.notBlank(field + ".name", name);
		if (Validation.required(field + ".graders", graders) instanceof MultiGrader) {
			throw new OpenAIValidationException(field + ".graders", field + ".graders cannot be another multi grader ('"
					+ graders.name() + "'); it combines a string_check, text_similarity, python, score_model or"
					+ " label_model grader");
		}
		graders.validate(field + ".graders");
		Validation.notBlank(field + ".calculate_output", calculateOutput);
	}

}
