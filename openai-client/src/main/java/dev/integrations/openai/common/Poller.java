package dev.integrations.openai.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.integrations.openai.errors.OpenAITimeoutException;
import reactor.core.publisher.Mono;

/**
 * Polls a resource until it reaches a terminal state: batches, fine-tuning jobs, runs, vector store files. Each
 * poll is one lazy {@link Mono}; between polls the poller waits through its {@link Sleeper}, and once the timeout
 * has passed without a terminal state it fails with an {@link OpenAITimeoutException} naming the last state seen.
 * <p>
 * Immutable and thread-safe. The clock and the sleeper are injectable so that tests never really wait:
 * <pre>{@code
 * Poller poller = Poller.withInterval(Duration.ofSeconds(30));
 * Batch batch = client.batches().awaitCompletion("batch_abc123", Duration.ofHours(24), poller);
 * }</pre>
 */
public final class Poller {

	/** The interval used by {@link #defaults()}: five seconds. */
	public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

	private static final Poller DEFAULTS = new Poller(DEFAULT_INTERVAL, Clock.systemUTC(), Sleeper.DELAY);

	private final Duration interval;

	private final Clock clock;

	private final Sleeper sleeper;

	private Poller(Duration interval, Clock clock, Sleeper sleeper) {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("Polling interval must be positive, was " + interval);
		}
		this.interval = interval;
		this.clock = Objects.requireNonNull(clock, "clock");
		this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
	}

	/**
	 * A poller that polls every {@link #DEFAULT_INTERVAL} on the system clock and waits with
	 * {@link Mono#delay(Duration)}.
	 * @return the default poller
	 */
	public static Poller defaults() {
		return DEFAULTS;
	}

	/**
	 * A poller with another interval, on the system clock.
	 * @param interval the time between two polls
	 * @return the poller
	 */
	public static Poller withInterval(Duration interval) {
		return new Poller(interval, Clock.systemUTC(), Sleeper.DELAY);
	}

	/**
	 * A poller on an injected clock and sleeper, for tests or custom schedulers.
	 * @param interval the time between two polls
	 * @param clock the clock that decides when the timeout has passed
	 * @param sleeper waits between two polls
	 * @return the poller
	 */
	public static Poller of(Duration interval, Clock clock, Sleeper sleeper) {
		return new Poller(interval, clock, sleeper);
	}

	/** @return the time between two polls */
	public Duration interval() {
		return this.interval;
	}

	/**
	 * Polls until the value is terminal, reactively. Nothing happens until subscription; each subscription starts
	 * a new timeout.
	 * @param <T> the polled type
	 * @param fetch supplies one lazy poll (such as a service's {@code retrieveAsync})
	 * @param terminal whether a value is final
	 * @param describe describes a non-terminal value for the timeout message, such as
	 * {@code "batch batch_abc123 is in_progress"}
	 * @param timeout how long to keep polling
	 * @return the first terminal value, or an {@link OpenAITimeoutException} once the timeout has passed
	 */
	public <T> Mono<T> poll(Supplier<Mono<T>> fetch, Predicate<? super T> terminal,
			Function<? super T, String> describe, Duration timeout) {
		Objects.requireNonNull(timeout, "timeout");
		return Mono.defer(() -> {
			Instant deadline = this.clock.instant().plus(timeout);
			return Mono.defer(fetch).expand((value) -> next(value, fetch, terminal, describe, timeout, deadline))
				.filter(terminal)
				.next();
		});
	}

	/**
	 * Polls until the value is terminal, on the caller's thread.
	 * @param <T> the polled type
	 * @param fetch supplies one lazy poll (such as a service's {@code retrieveAsync})
	 * @param terminal whether a value is final
	 * @param describe describes a non-terminal value for the timeout message
	 * @param timeout how long to keep polling
	 * @return the first terminal value
	 * @throws OpenAITimeoutException once the timeout has passed without a terminal value
	 */
	public <T> T pollBlocking(Supplier<Mono<T>> fetch, Predicate<? super T> terminal,
			Function<? super T, String> describe, Duration timeout) {
		T value = poll(fetch, terminal, describe, timeout).block();
		if (value == null) {
			throw new IllegalStateException("Polling completed without a value");
		}
		return value;
	}

	private <T> Mono<T> next(T value, Supplier<Mono<T>> fetch, Predicate<? super T> terminal,
			Function<? super T, String> describe, Duration timeout, Instant deadline) {
		if (terminal.test(value)) {
			return Mono.empty();
		}
		Duration remaining = Duration.between(this.clock.instant(), deadline);
		if (remaining.isNegative() || remaining.isZero()) {
			return Mono.error(new OpenAITimeoutException(
					"Gave up waiting after " + timeout + ": " + describe.apply(value), timeout, null));
		}
		Duration pause = (remaining.compareTo(this.interval) < 0) ? remaining : this.interval;
		return this.sleeper.sleep(pause).then(Mono.defer(fetch));
	}

	@Override
	public String toString() {
		return "Poller[interval=" + this.interval + "]";
	}

	/**
	 * Waits between two polls.
	 */
	@FunctionalInterface
	public interface Sleeper {

		/** Waits with {@link Mono#delay(Duration)} on Reactor's parallel scheduler. */
		Sleeper DELAY = (duration) -> Mono.delay(duration).then();

		/**
		 * Waits.
		 * @param duration how long
		 * @return completes when the time has passed
		 */
		Mono<Void> sleep(Duration duration);

	}

}
