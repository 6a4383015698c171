package dev.integrations.openai.chat;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The processing tier requested for, or used to serve, a request.
 */
public enum ServiceTier {

	/** The tier configured in the project settings. */
	AUTO,

	/** Standard pricing and performance. */
	DEFAULT,

	/** Flex processing. */
	FLEX,

	/** Scale tier. */
	SCALE,

	/** Priority processing. */
	PRIORITY,

	/** Fast mode (reported back as {@link #PRIORITY}). */
	FAST,

	/** A tier this client does not know yet (responses only). */
	@JsonEnumDefaultValue
	UNKNOWN

}
