package dev.integrations.openai.finetuning;

import org.jspecify.annotations.Nullable;

/**
 * The configuration of supervised fine-tuning.
 *
 * @param hyperparameters the hyperparameters, all {@code auto} when {@code null}
 */
public record SupervisedMethod(@Nullable FineTuningHyperparameters hyperparameters) {

}
