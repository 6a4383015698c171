package dev.integrations.openai.chat;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How verbose the model's answer should be.
 */
public enum Verbosity {

	/** Concise. */
	@JsonProperty("low")
	LOW,

	/** The default. */
	@JsonProperty("medium")
	MEDIUM,

	/** Detailed. */
	@JsonProperty("high")
	HIGH

}
