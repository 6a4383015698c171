package dev.integrations.openai.finetuning;

import org.jspecify.annotations.Nullable;

/**
 * The hyperparameters of a DPO job. Unset values default to {@code "auto"}.
 *
 * @param beta weight of the penalty between the policy and reference model, {@code auto} or greater than 0 up to 2
 * @param batchSize examples per batch, {@code auto} or 1 to 256
 * @param learningRateMultiplier scaling factor for the learning rate, {@code auto} or greater than 0
 * @param nEpochs epochs to train for, {@code auto} or 1 to 50
 */
public record DpoHyperparameters(@Nullable HyperparameterValue beta, @Nullable HyperparameterValue batchSize,
		@Nullable HyperparameterValue learningRateMultiplier, @Nullable HyperparameterValue nEpochs) {

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		Ranges.check("beta", beta, 0, false, 2);
		Ranges.batchSize(batchSize);
		Ranges.learningRateMultiplier(learningRateMultiplier);
		Ranges.nEpochs(nEpochs);
	}

	/**
	 * Only beta, the rest {@code auto}.
	 * @param beta greater than 0, at most 2
	 * @return the hyperparameters
	 */
	public static DpoHyperparameters beta(double beta) {
		DpoHyperparameters hyperparameters = new DpoHyperparameters(HyperparameterValue.of(beta), null, null, null);
		hyperparameters.validate();
		return hyperparameters;
	}

}
