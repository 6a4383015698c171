package dev.integrations.openai.finetuning;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The fine-tuning method of a job.
 */
public enum FineTuneMethodType {

	/** Supervised fine-tuning on example conversations. */
	@JsonProperty("supervised")
	SUPERVISED,

	/** Direct preference optimization on preferred and non-preferred outputs. */
	@JsonProperty("dpo")
	DPO,

	/** Reinforcement fine-tuning with a grader. */
	@JsonProperty("reinforcement")
	REINFORCEMENT,

	/** A method this client does not know yet (never sent). */
	@JsonEnumDefaultValue
	UNKNOWN

}
