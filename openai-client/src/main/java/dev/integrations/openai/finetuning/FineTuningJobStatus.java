package dev.integrations.openai.finetuning;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The lifecycle status of a {@link FineTuningJob}.
 */
public enum FineTuningJobStatus {

	/** The training and validation files are being checked. */
	VALIDATING_FILES,

	/** Waiting for capacity. */
	QUEUED,

	/** Training. */
	RUNNING,

	/** Paused ({@code POST /fine_tuning/jobs/{id}/pause}); resume it to continue. */
	PAUSED,

	/** The fine-tuned model is ready. Terminal. */
	SUCCEEDED,

	/** The job failed; see its error. Terminal. */
	FAILED,

	/** The job was cancelled. Terminal. */
	CANCELLED,

	/** A status this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/**
	 * Whether the job will not change any more: {@code succeeded}, {@code failed} or {@code cancelled}.
	 * @return {@code true} for a terminal status
	 */
	public boolean isTerminal() {
		return this == SUCCEEDED || this == FAILED || this == CANCELLED;
	}

}
