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
	 * Checks the fields.
	 */
	public FineTuningIntegration {
		Validation.notBlank("integrations.type", type);
		Validation.required("integrations.wandb", wandb);
	}

	/**
	 * A Weights and Biases integration.
	 * @param wandb the settings
	 * @return the integration
	 */
	public static FineTuningIntegration wandb(WandbIntegration wandb) {
		return new FineTuningIntegration(WANDB, wandb);
	}

}
