package dev.integrations.openai.responses;

import java.time.Clock;
import java.time.Duration;

import dev.integrations.openai.errors.OpenAIValidationException;

/**
 * How to wait for a background response: poll every {@code interval} until it reaches a terminal status or
 * {@code timeout} passes. The blocking form reads time from {@code clock} and waits with {@code sleeper}, so that
 * tests can replace both; the reactive form waits on Reactor's parallel scheduler (virtual time in tests).
 *
 * @param interval the time between two polls
 * @param timeout how long to wait in total before giving up
 * @param clock the clock of the blocking form
 * @param sleeper the wait of the blocking form
 */
public record ResponsePolling(Duration interval, Duration timeout, Clock clock, Sleeper sleeper) {

	/** Poll every second, for at most ten minutes. */
	public static final ResponsePolling DEFAULTS = of(Duration.ofSeconds(1), Duration.ofMinutes(10));

	/**
	 * Checks the durations.
	 */
	public ResponsePolling {
		if (interval == null || interval.isNegative() || interval.isZero()) {
			throw new OpenAIValidationException("interval", "interval must be positive, was " + interval);
		}
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new OpenAIValidationException("timeout", "timeout must be positive, was " + timeout);
		}
	}

	/**
	 * Polling on the system clock with real sleeps.
	 * @param interval the time between two polls
	 * @param timeout how long to wait in total
	 * @return the settings
	 */
	public static ResponsePolling of(Duration interval, Duration timeout) {
		return new ResponsePolling(interval, timeout, Clock.systemUTC(), (duration) -> Thread.sleep(duration.toMillis()));
	}

	/**
	 * Returns a copy with another clock and sleeper, for tests.
	 * @param clock the clock
	 * @param sleeper the sleeper
	 * @return the settings
	 */
	public ResponsePolling with(Clock clock, Sleeper sleeper) {
		return new ResponsePolling(this.interval, this.timeout, clock, sleeper);
	}

	/**
	 * Waits between two polls of the blocking form.
	 */
	@FunctionalInterface
	public interface Sleeper {

		/**
		 * Waits.
		 * @param duration how long
		 * @throws InterruptedException if the thread is interrupted while waiting
		 */
		void sleep(Duration duration) throws InterruptedException;

	}

}
