package dev.integrations.openai.batches;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The lifecycle status of a {@link Batch}.
 */
public enum BatchStatus {

	/** The input file is being validated before the batch can begin. */
	VALIDATING,

	/** The input file failed validation. Terminal. */
	FAILED,

	/** The input file was validated and the batch is running. */
	IN_PROGRESS,

	/** The batch has completed and the results are being prepared. */
	FINALIZING,

	/** The batch has completed and the results are ready. Terminal. */
	COMPLETED,

	/** The batch was not completed within its completion window. Terminal. */
	EXPIRED,

	/** The batch is being cancelled (may take up to 10 minutes). */
	CANCELLING,

	/** The batch was cancelled. Terminal. */
	CANCELLED,

	/** A status this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/**
	 * Whether the batch will not change any more: {@code completed}, {@code failed}, {@code expired} or
	 * {@code cancelled}.
	 * @return {@code true} for a terminal status
	 */
	public boolean isTerminal() {
		return this == COMPLETED || this == FAILED || this == EXPIRED || this == CANCELLED;
	}

}
