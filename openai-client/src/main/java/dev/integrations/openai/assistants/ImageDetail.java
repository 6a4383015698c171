package dev.integrations.openai.assistants;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The detail level of an image in message content.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public enum ImageDetail {

	/** Let the model choose. */
	AUTO,

	/** Low resolution, fewer tokens. */
	LOW,

	/** High resolution. */
	HIGH,

	/** A level this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
