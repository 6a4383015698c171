package dev.integrations.openai.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.integrations.openai.common.PollOptions;
import dev.integrations.openai.errors.OpenAITimeoutException;
import reactor.core.publisher.Mono;

/**
 * Polls a resource until it reaches a status that ends the wait, pausing with the options' sleeper and
 * measuring the timeout with their clock. The polling helpers of the services are built on it.
 */
public final class Poller {

	private Poller() {
	}

	/**
	 * Fetches the resource repeatedly until {@code done} accepts it.
	 * @param <T> the resource type
	 * @param first the first state, typically the answer of the create call
	 * @param fetch fetches the current state, given the previous one
	 * @param done whether a state ends the wait
	 * @param describe names the last state in the timeout message, such as {@code Run run_abc123 (IN_PROGRESS)}
	 * @param options interval, timeout, clock and sleeper
	 * @return the state that ended the wait
	 */
	public static <T> Mono<T> poll(Mono<T> first, Function<T, Mono<T>> fetch, Predicate<T> done,
			Function<T, String> describe, PollOptions options) {
		return Mono.defer(() -> {
			Instant deadline = options.clock().instant().plus(options.timeout());
			return first.flatMap((state) -> next(state, fetch, done, describe, options, deadline));
		});
	}

	private static <T> Mono<T> next(T state, Function<T, Mono<T>> fetch, Predicate<T> done,
			Function<T, String> describe, PollOptions options, Instant deadline) {
		if (done.test(state)) {
			return Mono.just(state);
		}
		if (!options.clock().instant().isBefore(deadline)) {
			return Mono.error(timeout(describe.apply(state), options.timeout()));
		}
		return options.sleeper()
			.apply(options.interval())
			.then(Mono.defer(() -> fetch.apply(state)))
			.flatMap((current) -> next(current, fetch, done, describe, options, deadline));
	}

	private static OpenAITimeoutException timeout(String what, Duration timeout) {
		return new OpenAITimeoutException(what + " did not finish within " + timeout, timeout, null);
	}

}
