package dev.integrations.openai.moderations;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * A kind of input a category score applies to.
 */
public enum ModerationInputType {

	/** Text input. */
	TEXT,

	/** Image input. */
	IMAGE,

	/** A type this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
