package dev.integrations.openai.assistants;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The status of a run.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public enum RunStatus {

	/** Waiting to start. */
	@JsonProperty("queued")
	QUEUED,

	/** Running. */
	@JsonProperty("in_progress")
	IN_PROGRESS,

	/** Waiting for tool outputs; see {@link Run#requiredAction()}. */
	@JsonProperty("requires_action")
	REQUIRES_ACTION,

	/** Being cancelled. */
	@JsonProperty("cancelling")
	CANCELLING,

	/** Cancelled. */
	@JsonProperty("cancelled")
	CANCELLED,

	/** Failed; see {@link Run#lastError()}. */
	@JsonProperty("failed")
	FAILED,

	/** Completed. */
	@JsonProperty("completed")
	COMPLETED,

	/** Ended on a token limit; see {@link Run#incompleteDetails()}. */
	@JsonProperty("incomplete")
	INCOMPLETE,

	/** Expired before its tool outputs were submitted. */
	@JsonProperty("expired")
	EXPIRED,

	/** A status this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/**
	 * Whether a run in this status will not change any more: {@code cancelled}, {@code failed},
	 * {@code completed}, {@code incomplete} or {@code expired}.
	 * @return {@code true} for the terminal statuses
	 */
	public boolean isTerminal() {
		return this == CANCELLED || this == FAILED || this == COMPLETED || this == INCOMPLETE || this == EXPIRED;
	}

}
