package dev.integrations.openai.finetuning;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The reasoning effort of a reinforcement fine-tuning job.
 */
public enum ReinforcementReasoningEffort {

	/** The model's default effort. */
	@JsonProperty("default")
	DEFAULT,

	/** Low effort. */
	@JsonProperty("low")
	LOW,

	/** Medium effort. */
	@JsonProperty("medium")
	MEDIUM,

	/** High effort. */
	@JsonProperty("high")
	HIGH,

	/** A value this client does not know yet (never sent). */
	@JsonEnumDefaultValue
	UNKNOWN

}
