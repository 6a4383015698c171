package dev.integrations.openai.finetuning;

import org.jspecify.annotations.Nullable;

/**
 * The hyperparameters of a supervised job: under {@code method.supervised.hyperparameters}, and the deprecated
 * top-level {@code hyperparameters} of a job and of a create request. Unset values default to {@code "auto"}.
 *
 * @param batchSize examples per batch, {@code auto} or 1 to 256
 * @param learningRateMultiplier scaling factor for the learning rate, {@code auto} or greater than 0
 * @param nEpochs epochs to train for, {@code auto} or 1 to 50
 */
public record FineTuningHyperparameters(@Nullable HyperparameterValue batchSize,
		@Nullable HyperparameterValue learningRateMultiplier, @Nullable HyperparameterValue nEpochs) {

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		Ranges.batchSize(batchSize);
		Ranges.learningRateMultiplier(learningRateMultiplier);
		Ranges.nEpochs(nEpochs);
	}

	/**
	 * Only the number of epochs, the rest {@code auto}.
	 * @param nEpochs 1 to 50
	 * @return the hyperparameters
	 */
	public static FineTuningHyperparameters epochs(int nEpochs) {
		FineTuningHyperparameters hyperparameters = new FineTuningHyperparameters(null, null, HyperparameterValue.of(nEpochs));
		hyperparameters.validate();
		return hyperparameters;
	}

}
