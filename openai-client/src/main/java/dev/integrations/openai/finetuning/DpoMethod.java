package dev.integrations.openai.finetuning;

import org.jspecify.annotations.Nullable;

/**
 * The configuration of DPO fine-tuning.
 *
 * @param hyperparameters the hyperparameters, all {@code auto} when {@code null}
 */
public record DpoMethod(@Nullable DpoHyperparameters hyperparameters) {

}
