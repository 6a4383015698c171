package dev.integrations.openai.chat;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The processing tier requested for, or used to serve, a request.
 */
public enum ServiceTier {

	/** The tier configured in the project settings. */
	@JsonProperty("auto")
	AUTO,

	/** Standard pricing and performance. */
	@JsonProperty("default")
	DEFAULT,

	/** Flex processing. */
	@JsonProperty("flex")
	FLEX,

	/** Scale tier. */
	@JsonProperty("scale")
	SCALE,

	/** Priority processing. */
	@JsonProperty("priority")
	PRIORITY,

	/** Fast mode (reported back as {@link #PRIORITY}). */
	@JsonProperty("fast")
	FAST,

	/** A tier this client does not know yet (responses only). */
	@JsonEnumDefaultValue
	UNKNOWN

}
