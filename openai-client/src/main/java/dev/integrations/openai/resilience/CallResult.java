package dev.integrations.openai.resilience;

import java.time.Duration;
import java.util.List;

import dev.integrations.openai.common.TokenUsage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * What a successful call reports to {@link ClientHook#onSuccess}.
 *
 * @param statusCode the HTTP status of the last attempt
 * @param headers its response headers (such as {@code x-ratelimit-remaining-requests})
 * @param duration time from the start of the call (including retries) to its end
 * @param attempts attempts made, 1 when the first succeeded
 * @param responseModel the model that answered, if the response names it
 * @param usage tokens used, if the response reports them
 * @param responseId the ID of the response, if it has one (such as {@code chatcmpl-...})
 * @param finishReasons why the model stopped, one wire value per choice that says so; empty when unknown
 */
public record CallResult(int statusCode, HttpHeaders headers, Duration duration, int attempts,
		@Nullable String responseModel, @Nullable TokenUsage usage, @Nullable String responseId,
		List<String> finishReasons) {

	/**
	 * Normalizes the finish reasons to an unmodifiable list.
	 */
	public CallResult {
		finishReasons = List.copyOf(finishReasons);
	}

	/**
	 * A result without a response ID or finish reasons (a response that is not a model's answer).
	 * @param statusCode the HTTP status of the last attempt
	 * @param headers its response headers
	 * @param duration time from the start of the call to its end
	 * @param attempts attempts made
	 * @param responseModel the model that answered, if the response names it
	 * @param usage tokens used, if the response reports them
	 */
	public CallResult(int statusCode, HttpHeaders headers, Duration duration, int attempts,
			@Nullable String responseModel, @Nullable TokenUsage usage) {
		this(statusCode, headers, duration, attempts, responseModel, usage, null, List.of());
	}

}
