package dev.integrations.openai.resilience;

import java.time.Duration;

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
 */
public record CallResult(int statusCode, HttpHeaders headers, Duration duration, int attempts,
		@Nullable String responseModel, @Nullable TokenUsage usage) {

}
