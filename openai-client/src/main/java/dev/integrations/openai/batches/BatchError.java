package dev.integrations.openai.batches;

import org.jspecify.annotations.Nullable;

/**
 * Why a batch failed validation, or one of the problems found in its input file.
 *
 * @param code the error code, such as {@code invalid_json_line}
 * @param message a human-readable description
 * @param param the parameter that caused the error, if applicable
 * @param line the line of the input file where the error occurred, if applicable
 */
public record BatchError(@Nullable String code, @Nullable String message, @Nullable String param,
		@Nullable Integer line) {

}
