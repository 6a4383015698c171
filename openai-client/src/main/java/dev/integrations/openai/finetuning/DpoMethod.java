package dev.integrations.openai.finetuning;

import org.jspecify.annotations.Nullable;

/**
 * The configuration of DPO fine-tuning.
 *
 * @param hyperparameters the hyperparameters, all {@code auto} when {@code null}
 */
public record DpoMethod(@Nullable DpoHyperparameters hyperparameters) {

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		if (this.hyperparameters != null) {
			this.hyperparameters.validate();
		}
	}

}
