package dev.integrations.openai.finetuning;

import org.jspecify.annotations.Nullable;

/**
 * Why a fine-tuning job failed.
 *
 * @param code a machine-readable error code
 * @param message a human-readable message
 * @param param the invalid parameter, usually {@code training_file} or {@code validation_file}; {@code null} when
 * the failure is not about a parameter
 */
public record FineTuningJobError(@Nullable String code, @Nullable String message, @Nullable String param) {

	/** @return whether the error says anything (jobs that did not fail carry one with only nulls) */
	public boolean isPresent() {
		return this.code != null || this.message != null;
	}

}
