package dev.integrations.openai.finetuning;

import dev.integrations.openai.internal.Validation;

/**
 * The body of {@code POST /fine_tuning/alpha/graders/validate}.
 *
 * @param grader the grader to check
 */
record ValidateGraderBody(Grader grader) {

	ValidateGraderBody {
		GraderChecks.checkTopLevel(Validation.required("grader", grader));
	}

}
