package dev.integrations.openai.assistants;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The detail level of an image in message content.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public enum ImageDetail {

	/** Let the model choose. */
	@JsonProperty("auto")
	AUTO,

	/** Low resolution, fewer tokens. */
	@JsonProperty("low")
	LOW,

	/** High resolution. */
	@JsonProperty("high")
	HIGH,

	/** A level this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
