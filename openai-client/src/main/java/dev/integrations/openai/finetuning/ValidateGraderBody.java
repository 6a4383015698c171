package dev.integrations.openai.finetuning;

/**
 * The body of {@code POST /fine_tuning/alpha/graders/validate}.
 *
 * @param grader the grader to check
 */
record ValidateGraderBody(Grader grader) {

	ValidateGraderBody {
		GraderChecks.checkTopLevel("grader", grader);
	}

}
