package dev.integrations.openai.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.errors.OpenAIValidationException;
import reactor.core.publisher.Mono;

/**
 * Polls a resource until it reaches a terminal state: batches, fine-tuning jobs, assistant runs, vector store
 * files and file batches, background responses. Each poll is one lazy {@link Mono}; between polls the poller
 * waits the {@link #interval()} through its {@link Sleeper} (never past the deadline), and once the
 * {@link #timeout()} has passed without a terminal state it fails with an {@link OpenAITimeoutException} naming
 * the last state seen, such as {@code "Gave up waiting after PT10M: run run_abc123 is still in_progress"}.
 * <p>
 * Immutable and thread-safe. The clock and the sleeper are injectable so that tests never really wait:
 * <pre>{@code
 * Batch batch = client.batches().awaitCompletion("batch_abc123", Poller.of(Duration.ofSeconds(30), Duration.ofHours(24)));
 * Run run = client.threads().runs().createAndPoll("thread_abc123", request, Poller.defaults());
 * }</pre>
 */
public final class Poller {

	/** The interval of {@link #defaults()}: one second. */
	public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

	/** The timeout of {@link #defaults()}: ten minutes. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

	private static final Poller DEFAULTS = new Poller(DEFAULT_INTERVAL, DEFAULT_TIMEOUT, Clock.systemUTC(),
			Sleeper.DELAY);

	private final Duration interval;

	private final Duration timeout;

	private final Clock clock;

	private final Sleeper sleeper;

	private Poller(Duration interval, Duration timeout, Clock clock, Sleeper sleeper) {
		if (interval == null || interval.isNegative() || interval.isZero()) {
			throw new OpenAIValidationException("interval", "interval must be positive, was " + interval);
		}
		if (timeout == null || timeout.isNegative()) {
			throw new OpenAIValidationException("timeout", "timeout must not be negative, was " + timeout);
		}
		this.interval = interval;
		this.timeout = timeout;
		this.clock = Objects.requireNonNull(clock, "clock");
		this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
	}

	/**
	 * A poller that checks every {@link #DEFAULT_INTERVAL} for at most {@link #DEFAULT_TIMEOUT}, on the system
	 * clock, waiting with {@link Mono#delay(Duration)}.
	 * @return the default poller
	 */
	public static Poller defaults() {
		return DEFAULTS;
	}

	/**
	 * A poller on the system clock.
	 * @param interval the time between two polls, positive
	 * @param timeout how long to keep polling, not negative (zero checks once)
	 * @return the poller
	 * @throws OpenAIValidationException if the interval is not positive or the timeout is negative
	 */
	public static Poller of(Duration interval, Duration timeout) {
		return new Poller(interval, timeout, Clock.systemUTC(), Sleeper.DELAY);
	}

	/**
	 * A copy with another interval.
	 * @param interval the time between two polls, positive
	 * @return the copy
	 */
	public Poller withInterval(Duration interval) {
		return new Poller(interval, this.timeout, this.clock, this.sleeper);
	}

	/**
	 * A copy with another timeout.
	 * @param timeout how long to keep polling, not negative
	 * @return the copy
	 */
	public Poller withTimeout(Duration timeout) {
		return new Poller(this.interval, timeout, this.clock, this.sleeper);
	}

	/**
	 * A copy on another clock and sleeper, for tests or custom schedulers.
	 * @param clock decides when the timeout has passed
	 * @param sleeper waits between two polls
	 * @return the copy
	 */
	public Poller withTime(Clock clock, Sleeper sleeper) {
		return new Poller(this.interval, this.timeout, clock, sleeper);
	}

	/** @return the time between two polls */
	public Duration interval() {
		return this.interval;
	}

	/** @return how long to keep polling */
	public Duration timeout() {
		return this.timeout;
	}

	/**
	 * Polls until the value is terminal, reactively. Nothing happens until subscription; each subscription starts
	 * a new timeout.
	 * @param <T> the polled type
	 * @param fetch supplies one lazy poll (such as a service's {@code retrieveAsync})
	 * @param terminal whether a value ends the wait
	 * @param describe describes a non-terminal value for the timeout message, such as
	 * {@code "batch batch_abc123 is still in_progress"}
	 * @return the first terminal value, or an {@link OpenAITimeoutException} once the timeout has passed
	 */
	public <T> Mono<T> poll(Supplier<Mono<T>> fetch, Predicate<? super T> terminal,
			Function<? super T, String> describe) {
		Objects.requireNonNull(fetch, "fetch");
		return poll(Mono.defer(fetch), (last) -> Mono.defer(fetch), terminal, describe);
	}

	/**
	 * Polls from a first state (such as the answer of a create call) until a state is terminal, reactively; each
	 * further poll is derived from the state before it (such as a retrieve by the ID it carries).
	 * @param <T> the polled type
	 * @param first the first state, subscribed to once per subscription
	 * @param next fetches the current state, given the last one
	 * @param terminal whether a state ends the wait
	 * @param describe describes a non-terminal state for the timeout message
	 * @return the first terminal state, or an {@link OpenAITimeoutException} once the timeout has passed
	 */
	public <T> Mono<T> poll(Mono<T> first, Function<? super T, Mono<T>> next, Predicate<? super T> terminal,
			Function<? super T, String> describe) {
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(next, "next");
		Objects.requireNonNull(terminal, "terminal");
		Objects.requireNonNull(describe, "describe");
		return Mono.defer(() -> {
			Instant deadline = this.clock.instant().plus(this.timeout);
			return first.expand((state) -> step(state, next, terminal, describe, deadline)).filter(terminal).next();
		});
	}

	/**
	 * Polls until the value is terminal, on the caller's thread.
	 * @param <T> the polled type
	 * @param fetch supplies one lazy poll
	 * @param terminal whether a value ends the wait
	 * @param describe describes a non-terminal value for the timeout message
	 * @return the first terminal value
	 * @throws OpenAITimeoutException once the timeout has passed without a terminal value
	 */
	public <T> T pollBlocking(Supplier<Mono<T>> fetch, Predicate<? super T> terminal,
			Function<? super T, String> describe) {
		return block(poll(fetch, terminal, describe));
	}

	/**
	 * Polls from a first state until a state is terminal, on the caller's thread.
	 * @param <T> the polled type
	 * @param first the first state
	 * @param next fetches the current state, given the last one
	 * @param terminal whether a state ends the wait
	 * @param describe describes a non-terminal state for the timeout message
	 * @return the first terminal state
	 * @throws OpenAITimeoutException once the timeout has passed without a terminal state
	 */
	public <T> T pollBlocking(Mono<T> first, Function<? super T, Mono<T>> next, Predicate<? super T> terminal,
			Function<? super T, String> describe) {
		return block(poll(first, next, terminal, describe));
	}

	private static <T> T block(Mono<T> polling) {
		T value = polling.block();
		if (value == null) {
			throw new IllegalStateException("Polling completed without a value");
		}
		return value;
	}

	private <T> Mono<T> step(T state, Function<? super T, Mono<T>> next, Predicate<? super T> terminal,
			Function<? super T, String> describe, Instant deadline) {
		if (terminal.test(state)) {
			return Mono.empty();
		}
		Duration remaining = Duration.between(this.clock.instant(), deadline);
		if (remaining.isNegative() || remaining.isZero()) {
			return Mono.error(new OpenAITimeoutException(
					"Gave up waiting after " + this.timeout + ": " + describe.apply(state), this.timeout, null));
		}
		Duration pause = (remaining.compareTo(this.interval) < 0) ? remaining : this.interval;
		return this.sleeper.sleep(pause).then(Mono.defer(() -> next.apply(state)));
	}

	@Override
	public String toString() {
		return "Poller[interval=" + this.interval + ", timeout=" + this.timeout + "]";
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
