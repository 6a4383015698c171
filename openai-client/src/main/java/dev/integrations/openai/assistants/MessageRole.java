package dev.integrations.openai.assistants;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Who wrote a message of a thread.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public enum MessageRole {

	/** A message from the end user. */
	USER,

	/** A message from the assistant. */
	ASSISTANT,

	/** A role this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
