package dev.integrations.openai.chat;


/**
 * How verbose the model's answer should be.
 */
public enum Verbosity {

	/** Concise. */
	LOW,

	/** The default. */
	MEDIUM,

	/** Detailed. */
	HIGH

}
