package dev.integrations.openai.finetuning;

import dev.integrations.openai.internal.Validation;
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
		Validation.required("method.reinforcement.grader", grader).validate();
		if (hyperparameters != null) {
			hyperparameters.validate();
		}
	}

}
