package dev.integrations.openai.evals;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The status of an eval run.
 */
public enum EvalRunStatus {

	/** Waiting to start. */
	QUEUED,

	/** Running. */
	IN_PROGRESS,

	/** Finished; the result counts are final. */
	COMPLETED,

	/** Canceled. */
	CANCELED,

	/** Failed; see the run's error. */
	FAILED,

	/** A status this client does not know yet (never sent). */
	@JsonEnumDefaultValue
	UNKNOWN;

	/** @return whether the run will not change any more: completed, canceled or failed */
	public boolean isTerminal() {
		return this == COMPLETED || this == CANCELED || this == FAILED;
	}

}
