package dev.integrations.openai.finetuning;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The request rules graders share: which grader types a place of OpenAI's API specification takes, and that a value
 * read as {@code UNKNOWN} (one the API added after this client) is never sent back as {@code "unknown"}.
 */
final class GraderChecks {

	private GraderChecks() {
	}

	/**
	 * Checks a grader sent on its own ({@code grader} of {@code /fine_tuning/alpha/graders/run} and
	 * {@code /validate}, {@code method.reinforcement.grader} of a job): any type but {@code label_model}, which only a
	 * multi grader may hold.
	 * @param field the wire field of the grader, such as {@code grader} or {@code method.reinforcement.grader}
	 * @param grader the grader
	 */
	static void checkTopLevel(String field, @Nullable Grader grader) {
		if (Validation.required(field, grader) instanceof LabelModelGrader) {
			throw new OpenAIValidationException(field, field + " cannot be a label_model grader ('" + grader.name()
					+ "') here; the API runs and validates string_check, text_similarity, python, score_model and"
					+ " multi graders (a multi grader may hold a label_model one)");
		}
		grader.validate(field);
	}

	/**
	 * Checks that an enum value can be sent: set, and not the {@code UNKNOWN} a value added later reads as.
	 * @param field the wire field
	 * @param value the value
	 */
	static void known(String field, @Nullable Enum<?> value) {
		if (Validation.required(field, value).name().equals("UNKNOWN")) {
			throw new OpenAIValidationException(field, field + " is UNKNOWN, a value read from the API that this"
					+ " client does not know; it cannot be sent back, set a known value");
		}
	}

}
