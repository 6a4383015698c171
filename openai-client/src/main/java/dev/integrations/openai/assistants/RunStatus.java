package dev.integrations.openai.assistants;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The status of a run.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public enum RunStatus {

	/** Waiting to start. */
	QUEUED,

	/** Running. */
	IN_PROGRESS,

	/** Waiting for tool outputs; see {@link Run#requiredAction()}. */
	REQUIRES_ACTION,

	/** Being cancelled. */
	CANCELLING,

	/** Cancelled. */
	CANCELLED,

	/** Failed; see {@link Run#lastError()}. */
	FAILED,

	/** Completed. */
	COMPLETED,

	/** Ended on a token limit; see {@link Run#incompleteDetails()}. */
	INCOMPLETE,

	/** Expired before its tool outputs were submitted. */
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
