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
	 * Requires the grader.
	 */
	public ReinforcementMethod {
		Validation.required("method.reinforcement.grader", grader);
	}

}
