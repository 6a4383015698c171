package dev.integrations.openai.finetuning;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The fine-tuning method of a job.
 */
public enum FineTuneMethodType {

	/** Supervised fine-tuning on example conversations. */
	SUPERVISED,

	/** Direct preference optimization on preferred and non-preferred outputs. */
	DPO,

	/** Reinforcement fine-tuning with a grader. */
	REINFORCEMENT,

	/** A method this client does not know yet (never sent). */
	@JsonEnumDefaultValue
	UNKNOWN

}
