package dev.integrations.openai.finetuning;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Validation;

/**
 * Compares the input with a reference string ({@code string_check}).
 *
 * @param name the name of the grader
 * @param input the input text, may hold templates such as {@code {{sample.output_text}}}
 * @param reference the reference text, may hold templates such as {@code {{item.label}}}
 * @param operation the comparison
 */
@JsonTypeName("string_check")
public record StringCheckGrader(String name, String input, String reference, Operation operation) implements Grader {

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @param field the wire field of this grader, such as {@code grader} or {@code testing_criteria}
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	@Override
	public void validate(String field) {
		Validation.notBlank(field + ".name", name);
		Validation.required(field + ".input", input);
		Validation.required(field + ".reference", reference);
		GraderChecks.known(field + ".operation", operation);
	}

	/**
	 * A string comparison.
	 */
	public enum Operation {

		/** Equal. */
		EQ,

		/** Not equal. */
		NE,

		/** SQL-like pattern match, case-sensitive. */
		LIKE,

		/** SQL-like pattern match, case-insensitive. */
		ILIKE,

		/** An operation this client does not know yet (never sent). */
		@JsonEnumDefaultValue
		UNKNOWN

	}

}
