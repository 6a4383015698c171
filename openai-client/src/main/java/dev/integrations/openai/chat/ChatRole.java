package dev.integrations.openai.chat;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The author of a message.
 */
public enum ChatRole {

	/** Instructions from the developer (replaces {@code system} for o1 models and newer). */
	@JsonProperty("developer")
	DEVELOPER,

	/** Instructions from the developer, for older models. */
	@JsonProperty("system")
	SYSTEM,

	/** The end user. */
	@JsonProperty("user")
	USER,

	/** The model. */
	@JsonProperty("assistant")
	ASSISTANT,

	/** The result of a tool call. */
	@JsonProperty("tool")
	TOOL,

	/** The result of a function call (deprecated in favor of {@link #TOOL}). */
	@JsonProperty("function")
	FUNCTION,

	/** A role this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
