package dev.integrations.openai.finetuning;

import org.jspecify.annotations.Nullable;

/**
 * The configuration of reinforcement fine-tuning.
 *
 * @param grader how samples are scored
 * @param hyperparameters the hyperparameters, all {@code auto} when {@code null}
 */
public record ReinforcementMethod(Grader grader, @Nullable ReinforcementHyperparameters hyperparameters) {

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		GraderChecks.checkTopLevel("method.reinforcement.grader", grader);
		if (hyperparameters != null) {
			hyperparameters.validate();
		}
	}

}
