package dev.integrations.openai.finetuning;

import dev.integrations.openai.internal.Validation;

/**
 * An integration of a fine-tuning job; only Weights and Biases ({@code wandb}) exists.
 *
 * @param type the integration, {@code wandb}
 * @param wandb the Weights and Biases settings
 */
public record FineTuningIntegration(String type, WandbIntegration wandb) {

	/** The type of the Weights and Biases integration. */
	public static final String WANDB = "wandb";

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		Validation.notBlank("integrations.type", type);
		Validation.required("integrations.wandb", wandb).validate();
	}

	/**
	 * A Weights and Biases integration.
	 * @param wandb the settings
	 * @return the integration
	 */
	public static FineTuningIntegration wandb(WandbIntegration wandb) {
		FineTuningIntegration integration = new FineTuningIntegration(WANDB, wandb);
		integration.validate();
		return integration;
	}

}
