package dev.integrations.openai.batches;

import org.jspecify.annotations.Nullable;

/**
 * Why a request of a batch produced no HTTP response, such as {@code batch_expired}.
 *
 * @param code the error code
 * @param message a human-readable description
 */
public record BatchResultError(@Nullable String code, @Nullable String message) {

}
