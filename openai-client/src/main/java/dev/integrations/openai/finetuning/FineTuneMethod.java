package dev.integrations.openai.finetuning;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The method of a fine-tuning job: the {@link #type()} and the configuration of that type. Create one with
 * {@link #supervised(FineTuningHyperparameters)}, {@link #dpo(DpoHyperparameters)} or
 * {@link #reinforcement(Grader, ReinforcementHyperparameters)}.
 *
 * @param type the method
 * @param supervised the configuration when {@code supervised}
 * @param dpo the configuration when {@code dpo}
 * @param reinforcement the configuration when {@code reinforcement}
 */
public record FineTuneMethod(FineTuneMethodType type, @Nullable SupervisedMethod supervised,
		@Nullable DpoMethod dpo, @Nullable ReinforcementMethod reinforcement) {

	/**
	 * Reads a missing type as {@link FineTuneMethodType#UNKNOWN}.
	 */
	public FineTuneMethod {
		type = (type != null) ? type : FineTuneMethodType.UNKNOWN;
	}

	/**
	 * Supervised fine-tuning.
	 * @param hyperparameters the hyperparameters, or {@code null} for all {@code auto}
	 * @return the method
	 */
	public static FineTuneMethod supervised(@Nullable FineTuningHyperparameters hyperparameters) {
		return new FineTuneMethod(FineTuneMethodType.SUPERVISED, new SupervisedMethod(hyperparameters), null, null);
	}

	/**
	 * DPO fine-tuning.
	 * @param hyperparameters the hyperparameters, or {@code null} for all {@code auto}
	 * @return the method
	 */
	public static FineTuneMethod dpo(@Nullable DpoHyperparameters hyperparameters) {
		return new FineTuneMethod(FineTuneMethodType.DPO, null, new DpoMethod(hyperparameters), null);
	}

	/**
	 * Reinforcement fine-tuning.
	 * @param grader how samples are scored
	 * @param hyperparameters the hyperparameters, or {@code null} for all {@code auto}
	 * @return the method
	 */
	public static FineTuneMethod reinforcement(Grader grader, @Nullable ReinforcementHyperparameters hyperparameters) {
		Validation.required("method.reinforcement.grader", grader);
		return new FineTuneMethod(FineTuneMethodType.REINFORCEMENT, null, null,
				new ReinforcementMethod(grader, hyperparameters));
	}

}
