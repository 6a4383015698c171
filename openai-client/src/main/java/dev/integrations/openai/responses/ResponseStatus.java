package dev.integrations.openai.responses;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The status of a response.
 */
public enum ResponseStatus {

	/** Waiting to be processed (background mode). */
	QUEUED,

	/** Being generated. */
	IN_PROGRESS,

	/** Generated completely. */
	COMPLETED,

	/** Failed; see {@link Response#error()}. */
	FAILED,

	/** Cancelled by the caller. */
	CANCELLED,

	/** Stopped early; see {@link Response#incompleteDetails()}. */
	INCOMPLETE,

	/** A status this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/** @return whether the response will not change any more */
	public boolean isTerminal() {
		return this == COMPLETED || this == FAILED || this == CANCELLED || this == INCOMPLETE;
	}

}
