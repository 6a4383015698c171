package dev.integrations.openai.finetuning;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The reasoning effort of a reinforcement fine-tuning job.
 */
public enum ReinforcementReasoningEffort {

	/** The model's default effort. */
	DEFAULT,

	/** Low effort. */
	LOW,

	/** Medium effort. */
	MEDIUM,

	/** High effort. */
	HIGH,

	/** A value this client does not know yet (never sent). */
	@JsonEnumDefaultValue
	UNKNOWN

}
