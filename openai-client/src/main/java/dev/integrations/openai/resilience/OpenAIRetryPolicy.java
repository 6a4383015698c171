package dev.integrations.openai.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import dev.integrations.openai.common.Headers;
import dev.integrations.openai.errors.OpenAIApiException;
import dev.integrations.openai.errors.OpenAIException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The retry policy of the client, a Spring Framework {@link RetryPolicy}: retries what
 * {@link OpenAIException#isRetryable()} allows (408, 409, 429, 5xx, connection errors, timeouts, or whatever
 * {@code x-should-retry} says), with an exponential, jittered {@link ExponentialBackOff}, and prefers the server's
 * {@code retry-after-ms} / {@code retry-after} (seconds or HTTP date) hint, capped by the maximum back-off.
 * <p>
 * The same policy drives the blocking path (through Spring's {@code RetryTemplate}) and the reactive path
 * (through Reactor's {@code retryWhen}); each call gets its own {@link #newCall()} state.
 */
public final class OpenAIRetryPolicy implements RetryPolicy {

	private final RetrySettings settings;

	private final Clock clock;

	/**
	 * Creates the policy.
	 * @param settings retry count and delays
	 * @param clock the clock used to read {@code retry-after} HTTP dates
	 */
	public OpenAIRetryPolicy(RetrySettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** @return the settings */
	public RetrySettings settings() {
		return this.settings;
	}

	@Override
	public boolean shouldRetry(Throwable failure) {
		return failure instanceof OpenAIException openAI && openAI.isRetryable();
	}

	@Override
	public BackOff getBackOff() {
		return backOff(this.settings.maxRetries());
	}

	private ExponentialBackOff backOff(int maxRetries) {
		ExponentialBackOff backOff = new ExponentialBackOff(this.settings.initialBackoff().toMillis(),
				this.settings.multiplier());
		backOff.setMaxInterval(this.settings.maxBackoff().toMillis());
		backOff.setMaxAttempts(maxRetries);
		backOff.setJitter(Math.round(this.settings.initialBackoff().toMillis() * this.settings.jitter()));
		return backOff;
	}

	/**
	 * Starts the retry state of one call.
	 * @return a policy view that remembers this call's failures and delays
	 */
	public CallRetryPolicy newCall() {
		return newCall(null);
	}

	/**
	 * Starts the retry state of one call that may have its own retry limit.
	 * @param maxRetries retries after the first attempt for this call, or {@code null} for the configured number
	 * @return a policy view that remembers this call's failures and delays
	 */
	public CallRetryPolicy newCall(@Nullable Integer maxRetries) {
		return new CallRetryPolicy(this, backOff((maxRetries != null) ? maxRetries : this.settings.maxRetries()));
	}

	/**
	 * The delay before the next attempt: the server's hint when it sent one, else the back-off, never more than
	 * the maximum back-off.
	 * @param failure the failure of the previous attempt
	 * @param backOffMillis the delay the back-off proposes
	 * @return the delay in milliseconds
	 */
	public long delayMillis(Throwable failure, long backOffMillis) {
		long max = this.settings.maxBackoff().toMillis();
		if (failure instanceof OpenAIApiException api) {
			Long hint = serverHintMillis(api.headers());
			if (hint != null) {
				return Math.min(Math.max(hint, 0), max);
			}
		}
		return Math.min(backOffMillis, max);
	}

	private @Nullable Long serverHintMillis(Headers headers) {
		String millis = headers.first("retry-after-ms");
		if (millis != null) {
			try {
				return (long) Double.parseDouble(millis.trim());
			}
			catch (NumberFormatException ex) {
				// fall through to retry-after
			}
		}
		String retryAfter = headers.first("retry-after");
		if (retryAfter == null || retryAfter.isBlank()) {
			return null;
		}
		try {
			return (long) (Double.parseDouble(retryAfter.trim()) * 1000);
		}
		catch (NumberFormatException ex) {
			try {
				ZonedDateTime date = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
				return Duration.between(this.clock.instant(), date.toInstant()).toMillis();
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

	@Override
	public String toString() {
		return "OpenAIRetryPolicy[" + this.settings + "]";
	}

}
