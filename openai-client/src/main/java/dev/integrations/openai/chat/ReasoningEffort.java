package dev.integrations.openai.chat;


/**
 * How much reasoning a reasoning model spends; not every model supports every value.
 */
public enum ReasoningEffort {

	/** No reasoning. */
	NONE,

	/** Minimal reasoning. */
	MINIMAL,

	/** Low effort. */
	LOW,

	/** Medium effort, the default. */
	MEDIUM,

	/** High effort. */
	HIGH,

	/** Extra-high effort. */
	XHIGH,

	/** Maximum effort. */
	MAX

}
