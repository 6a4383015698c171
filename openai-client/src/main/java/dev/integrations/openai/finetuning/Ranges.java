package dev.integrations.openai.finetuning;

import org.jspecify.annotations.Nullable;

/**
 * The ranges of the hyperparameters shared by several methods, as the API documents them.
 */
final class Ranges {

	private Ranges() {
	}

	static void batchSize(@Nullable HyperparameterValue value) {
		check("batch_size", value, 1, true, 256);
	}

	static void learningRateMultiplier(@Nullable HyperparameterValue value) {
		check("learning_rate_multiplier", value, 0, false, Double.MAX_VALUE);
	}

	static void nEpochs(@Nullable HyperparameterValue value) {
		check("n_epochs", value, 1, true, 50);
	}

	static void check(String field, @Nullable HyperparameterValue value, double min, boolean minInclusive,
			double max) {
		if (value != null) {
			value.check(field, min, minInclusive, max);
		}
	}

}
