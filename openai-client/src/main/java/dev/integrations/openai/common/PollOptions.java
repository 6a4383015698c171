package dev.integrations.openai.common;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import reactor.core.publisher.Mono;

/**
 * How a polling helper (such as create-and-poll of a run, or upload-and-poll of vector store files) waits: the
 * pause between two status checks, the overall timeout, and, for tests, the clock and the sleeper.
 *
 * @param interval the pause between two status checks
 * @param timeout how long to poll before giving up with an
 * {@link dev.integrations.openai.errors.OpenAITimeoutException}
 * @param clock measures the elapsed time
 * @param sleeper pauses for a duration; the default is {@link Mono#delay(Duration)}, blocking helpers block on it
 */
public record PollOptions(Duration interval, Duration timeout, Clock clock, Function<Duration, Mono<Void>> sleeper) {

	/** One second between checks, ten minutes in all. */
	public static final PollOptions DEFAULTS = of(Duration.ofSeconds(1), Duration.ofMinutes(10));

	/**
	 * Validates the options.
	 */
	public PollOptions {
		Validation.required("interval", interval);
		Validation.required("timeout", timeout);
		Validation.required("clock", clock);
		Validation.required("sleeper", sleeper);
		if (interval.isNegative()) {
			throw new OpenAIValidationException("interval", "interval must not be negative, was " + interval);
		}
		if (timeout.isNegative()) {
			throw new OpenAIValidationException("timeout", "timeout must not be negative, was " + timeout);
		}
	}

	/**
	 * Options with the system clock and real pauses.
	 * @param interval the pause between two status checks
	 * @param timeout how long to poll before giving up
	 * @return the options
	 */
	public static PollOptions of(Duration interval, Duration timeout) {
		return new PollOptions(interval, timeout, Clock.systemUTC(), (pause) -> Mono.delay(pause).then());
	}

	/**
	 * A copy with another clock and sleeper, so that tests never really wait.
	 * @param clock the clock
	 * @param sleeper the sleeper
	 * @return the copy
	 */
	public PollOptions withTime(Clock clock, Function<Duration, Mono<Void>> sleeper) {
		return new PollOptions(this.interval, this.timeout, clock, sleeper);
	}

}
