package dev.integrations.openai.responses;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import dev.integrations.openai.errors.OpenAITimeoutException;
import reactor.core.publisher.Mono;

/**
 * Polls a background response until it reaches a terminal status ({@link ResponseStatus#isTerminal()}).
 */
final class ResponsePoller {

	private ResponsePoller() {
	}

	/**
	 * Polls on the caller's thread.
	 * @param id the response ID, for messages
	 * @param polling the settings
	 * @param retrieve retrieves the response once
	 * @return the response in a terminal status
	 * @throws OpenAITimeoutException if it is not terminal when the timeout passes, or the thread is interrupted
	 */
	static Response await(String id, ResponsePolling polling, Supplier<Response> retrieve) {
		Instant deadline = polling.clock().instant().plus(polling.timeout());
		Response response = retrieve.get();
		while (!response.status().isTerminal()) {
			Duration remaining = Duration.between(polling.clock().instant(), deadline);
			if (remaining.isNegative() || remaining.isZero()) {
				throw timeout(id, response, polling);
			}
			try {
				polling.sleeper().sleep((remaining.compareTo(polling.interval()) < 0) ? remaining : polling.interval());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new OpenAITimeoutException("Interrupted while waiting for response " + id, polling.timeout(), ex);
			}
			response = retrieve.get();
		}
		return response;
	}

	/**
	 * Polls reactively.
	 * @param id the response ID, for messages
	 * @param polling the settings (its clock and sleeper are not used: Reactor's scheduler keeps time)
	 * @param retrieve retrieves the response once, on subscription
	 * @return the response in a terminal status, or an {@link OpenAITimeoutException}
	 */
	static Mono<Response> awaitAsync(String id, ResponsePolling polling, Supplier<Mono<Response>> retrieve) {
		return Mono.defer(retrieve)
			.filter((response) -> response.status().isTerminal())
			.repeatWhenEmpty((attempts) -> attempts.delayElements(polling.interval()))
			.timeout(polling.timeout(), Mono.error(() -> new OpenAITimeoutException(
					"Response " + id + " did not finish within " + polling.timeout(), polling.timeout(), null)));
	}

	private static OpenAITimeoutException timeout(String id, Response response, ResponsePolling polling) {
		return new OpenAITimeoutException("Response " + id + " is still " + response.status().name().toLowerCase(
				java.util.Locale.ROOT) + " after " + polling.timeout(), polling.timeout(), null);
	}

}
