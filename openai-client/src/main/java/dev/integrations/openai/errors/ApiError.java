package dev.integrations.openai.errors;

import org.jspecify.annotations.Nullable;

/**
 * The OpenAI error object, as found under {@code "error"} in an error response or a stream's error event.
 *
 * @param message the human-readable message
 * @param type the error type, such as {@code invalid_request_error}
 * @param code the machine-readable code, such as {@code invalid_api_key}
 * @param param the request parameter the error is about
 */
public record ApiError(String message, @Nullable String type, @Nullable String code, @Nullable String param) {

}
