package dev.integrations.openai.chatkit;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The lifecycle state of a {@link ChatSession}.
 */
public enum ChatSessionStatus {

	/** The client secret works. */
	ACTIVE,

	/** The session passed its expiry time. */
	EXPIRED,

	/** The session was cancelled; its client secret no longer works. */
	CANCELLED,

	/** A state this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
