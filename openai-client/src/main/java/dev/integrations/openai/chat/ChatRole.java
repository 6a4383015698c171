package dev.integrations.openai.chat;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The author of a message.
 */
public enum ChatRole {

	/** Instructions from the developer (replaces {@code system} for o1 models and newer). */
	DEVELOPER,

	/** Instructions from the developer, for older models. */
	SYSTEM,

	/** The end user. */
	USER,

	/** The model. */
	ASSISTANT,

	/** The result of a tool call. */
	TOOL,

	/** The result of a function call (deprecated in favor of {@link #TOOL}). */
	FUNCTION,

	/** A role this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
