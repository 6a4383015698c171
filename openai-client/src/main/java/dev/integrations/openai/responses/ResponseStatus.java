package dev.integrations.openai.responses;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The status of a response.
 */
public enum ResponseStatus {

	/** Waiting to be processed (background mode). */
	@JsonProperty("queued")
	QUEUED,

	/** Being generated. */
	@JsonProperty("in_progress")
	IN_PROGRESS,

	/** Generated completely. */
	@JsonProperty("completed")
	COMPLETED,

	/** Failed; see {@link Response#error()}. */
	@JsonProperty("failed")
	FAILED,

	/** Cancelled by the caller. */
	@JsonProperty("cancelled")
	CANCELLED,

	/** Stopped early; see {@link Response#incompleteDetails()}. */
	@JsonProperty("incomplete")
	INCOMPLETE,

	/** A status this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/** @return whether the response will not change any more */
	public boolean isTerminal() {
		return this == COMPLETED || this == FAILED || this == CANCELLED || this == INCOMPLETE;
	}

}
