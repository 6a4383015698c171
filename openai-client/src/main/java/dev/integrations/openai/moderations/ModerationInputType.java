package dev.integrations.openai.moderations;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A kind of input a category score applies to.
 */
public enum ModerationInputType {

	/** Text input. */
	@JsonProperty("text")
	TEXT,

	/** Image input. */
	@JsonProperty("image")
	IMAGE,

	/** A type this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
