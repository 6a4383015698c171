package dev.integrations.openai.finetuning;

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
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		if (this.supervised != null) {
			this.supervised.validate();
		}
		if (this.dpo != null) {
			this.dpo.validate();
		}
		if (this.reinforcement != null) {
			this.reinforcement.validate();
		}
	}

	/**
	 * Supervised fine-tuning.
	 * @param hyperparameters the hyperparameters, or {@code null} for all {@code auto}
	 * @return the method
	 */
	public static FineTuneMethod supervised(@Nullable FineTuningHyperparameters hyperparameters) {
		return checked(new FineTuneMethod(FineTuneMethodType.SUPERVISED, new SupervisedMethod(hyperparameters), null,
				null));
	}

	/**
	 * DPO fine-tuning.
	 * @param hyperparameters the hyperparameters, or {@code null} for all {@code auto}
	 * @return the method
	 */
	public static FineTuneMethod dpo(@Nullable DpoHyperparameters hyperparameters) {
		return checked(new FineTuneMethod(FineTuneMethodType.DPO, null, new DpoMethod(hyperparameters), null));
	}

	/**
	 * Reinforcement fine-tuning.
	 * @param grader how samples are scored
	 * @param hyperparameters the hyperparameters, or {@code null} for all {@code auto}
	 * @return the method
	 */
	public static FineTuneMethod reinforcement(Grader grader, @Nullable ReinforcementHyperparameters hyperparameters) {
		return checked(new FineTuneMethod(FineTuneMethodType.REINFORCEMENT, null, null,
				new ReinforcementMethod(grader, hyperparameters)));
	}

	private static FineTuneMethod checked(FineTuneMethod method) {
		method.validate();
		return method;
	}

}
