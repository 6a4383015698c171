package dev.integrations.openai.finetuning;

import org.jspecify.annotations.Nullable;

/**
 * The hyperparameters of a reinforcement job. Unset values default to {@code "auto"} ({@code default} for the
 * reasoning effort).
 *
 * @param batchSize examples per batch, {@code auto} or 1 to 256
 * @param learningRateMultiplier scaling factor for the learning rate, {@code auto} or greater than 0
 * @param nEpochs epochs to train for, {@code auto} or 1 to 50
 * @param reasoningEffort the level of reasoning effort
 * @param computeMultiplier compute used to explore the search space, {@code auto} or greater than 0.00001 up to 10
 * @param evalInterval training steps between evaluation runs, {@code auto} or at least 1
 * @param evalSamples evaluation samples per training step, {@code auto} or at least 1
 */
public record ReinforcementHyperparameters(@Nullable HyperparameterValue batchSize,
		@Nullable HyperparameterValue learningRateMultiplier, @Nullable HyperparameterValue nEpochs,
		@Nullable ReinforcementReasoningEffort reasoningEffort, @Nullable HyperparameterValue computeMultiplier,
		@Nullable HyperparameterValue evalInterval, @Nullable HyperparameterValue evalSamples) {

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		Ranges.batchSize(batchSize);
		Ranges.learningRateMultiplier(learningRateMultiplier);
		Ranges.nEpochs(nEpochs);
		Ranges.check("compute_multiplier", computeMultiplier, 0.00001, false, 10);
		Ranges.check("eval_interval", evalInterval, 1, true, Double.MAX_VALUE);
		Ranges.check("eval_samples", evalSamples, 1, true, Double.MAX_VALUE);
	}

	/**
	 * Only the reasoning effort, the rest {@code auto}.
	 * @param reasoningEffort the effort
	 * @return the hyperparameters
	 */
	public static ReinforcementHyperparameters reasoningEffort(ReinforcementReasoningEffort reasoningEffort) {
		return new ReinforcementHyperparameters(null, null, null, reasoningEffort, null, null, null);
	}

}
