package dev.integrations.openai.finetuning;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The lifecycle status of a {@link FineTuningJob}.
 */
public enum FineTuningJobStatus {

	/** The training and validation files are being checked. */
	@JsonProperty("validating_files")
	VALIDATING_FILES,

	/** Waiting for capacity. */
	@JsonProperty("queued")
	QUEUED,

	/** Training. */
	@JsonProperty("running")
	RUNNING,

	/** Paused ({@code POST /fine_tuning/jobs/{id}/pause}); resume it to continue. */
	@JsonProperty("paused")
	PAUSED,

	/** The fine-tuned model is ready. Terminal. */
	@JsonProperty("succeeded")
	SUCCEEDED,

	/** The job failed; see its error. Terminal. */
	@JsonProperty("failed")
	FAILED,

	/** The job was cancelled. Terminal. */
	@JsonProperty("cancelled")
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
