package dev.integrations.openai.resilience;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import dev.integrations.openai.errors.OpenAIApiException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The retry policy of the client, a Spring Framework {@link RetryPolicy}: retries what
 * {@link OpenAIException#isRetryable()} allows (408, 409, 429, 5xx, connection errors, timeouts, or whatever
 * {@code x-should-retry} says), with an exponential, jittered {@link ExponentialBackOff}, and prefers the server's
 * {@code retry-after-ms} / {@code retry-after} (seconds or HTTP date) hint; a hint longer than the maximum back-off
 * ends the call at once instead.
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

	/**
	 * Retries what {@link OpenAIException#isRetryable()} allows, except an API error whose {@code retry-after} asks
	 * for a longer wait than {@code maxBackoff}: retrying earlier than the server asked only earns another 429, so
	 * the call fails at once and the caller reads {@link OpenAIApiException#retryAfter()}. With
	 * {@link RetrySettings#retryAfterRequestSent()} off, a POST that failed after it was written is not sent again.
	 */
	@Override
	public boolean shouldRetry(Throwable failure) {
		if (!(failure instanceof OpenAIException openAI) || !openAI.isRetryable()) {
			return false;
		}
		if (!this.settings.retryAfterRequestSent() && mayHaveBeenProcessed(failure)) {
			return false;
		}
		return !(failure instanceof OpenAIApiException api) || api.retryAfter(this.clock)
			.map((hint) -> hint.compareTo(this.settings.maxBackoff()) <= 0)
			.orElse(true);
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

	private static boolean mayHaveBeenProcessed(Throwable failure) {
		return (failure instanceof OpenAIConnectionException connection && connection.mayHaveBeenProcessed())
				|| (failure instanceof OpenAITimeoutException timeout && timeout.mayHaveBeenProcessed());
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
			Optional<Duration> hint = api.retryAfter(this.clock);
			if (hint.isPresent()) {
				return Math.min(hint.get().toMillis(), max);
			}
		}
		return Math.min(backOffMillis, max);
	}

	@Override
	public String toString() {
		return "OpenAIRetryPolicy[" + this.settings + "]";
	}

}
