package dev.integrations.openai.chat;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How much reasoning a reasoning model spends; not every model supports every value.
 */
public enum ReasoningEffort {

	/** No reasoning. */
	@JsonProperty("none")
	NONE,

	/** Minimal reasoning. */
	@JsonProperty("minimal")
	MINIMAL,

	/** Low effort. */
	@JsonProperty("low")
	LOW,

	/** Medium effort, the default. */
	@JsonProperty("medium")
	MEDIUM,

	/** High effort. */
	@JsonProperty("high")
	HIGH,

	/** Extra-high effort. */
	@JsonProperty("xhigh")
	XHIGH,

	/** Maximum effort. */
	@JsonProperty("max")
	MAX

}
