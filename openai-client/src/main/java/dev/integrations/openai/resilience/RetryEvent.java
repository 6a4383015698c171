package dev.integrations.openai.resilience;

import java.time.Duration;

import dev.integrations.openai.errors.OpenAIException;

/**
 * A retry about to happen, reported to {@link ClientHook#onRetry}.
 *
 * @param retry the retry number, 1 for the first retry
 * @param delay how long the client waits before it
 * @param cause the failure of the previous attempt
 */
public record RetryEvent(int retry, Duration delay, OpenAIException cause) {

	/**
	 * A bounded description of why, suitable as a metric tag: the HTTP status for API errors, otherwise the
	 * error category (such as {@code network}).
	 * @return the reason
	 */
	public String reason() {
		if (this.cause instanceof dev.integrations.openai.errors.OpenAIApiException api) {
			return Integer.toString(api.statusCode());
		}
		return this.cause.category().name().toLowerCase(java.util.Locale.ROOT);
	}

}
