package dev.integrations.openai.reliability;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.errors.OpenAIInterruptedException;
import dev.integrations.openai.resilience.RetrySettings;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Interrupting the thread of a blocking call ends it with a typed {@link OpenAIInterruptedException} and the
 * interrupt flag set again: during the back-off before a retry (Spring's {@code RetryTemplate} drops the
 * {@code InterruptedException} and would surface the previous attempt's error), and while an attempt is in flight.
 */
class BlockingInterruptTest extends ReliabilitySupport {

	/** A back-off no test waits out: only an interrupt ends it. */
	private static final RetrySettings SLOW_RETRY = new RetrySettings(2, Duration.ofMinutes(5), Duration.ofMinutes(5),
			2.0, 0.0);

	/** Runs a blocking call on its own thread; completes with what it threw and whether the flag was set. */
	private static CompletableFuture<Throwable> callOnThread(Runnable call, AtomicBoolean interruptFlag,
			Thread[] thread) {
		CompletableFuture<Throwable> outcome = new CompletableFuture<>();
		thread[0] = new Thread(() -> {
			Throwable failure = run(call).failure();
			interruptFlag.set(Thread.currentThread().isInterrupted());
			outcome.complete(failure);
		}, "blocking-caller");
		thread[0].start();
		return outcome;
	}

	@Test
	void anInterruptDuringTheBackOffIsATypedInterruptionNotThePreviousError() throws Exception {
		String url = stub((request, response) -> response.status(503)
			.header("Content-Type", "application/json")
			.sendString(Mono.just("{\"error\": {\"message\": \"The engine is currently overloaded, please try again "
					+ "later.\", \"type\": \"server_error\"}}")));
		OpenAIClient client = client(config(url).retry(SLOW_RETRY).build());
		AtomicBoolean flag = new AtomicBoolean();
		Thread[] thread = new Thread[1];

		CompletableFuture<Throwable> outcome = callOnThread(() -> client.models().retrieve("gpt-4o-mini"), flag,
				thread);
		await("the first attempt failed and the back-off sleeps").atMost(Duration.ofSeconds(10))
			.until(() -> this.stubRequests.get() == 1 && thread[0].getState() == Thread.State.TIMED_WAITING);
		thread[0].interrupt();

		Throwable failure = outcome.get(10, TimeUnit.SECONDS);
		assertThat(failure).isInstanceOf(OpenAIInterruptedException.class)
			.hasMessageContaining("waiting to retry")
			.hasMessageContaining("models.retrieve");
		assertThat(failure.getSuppressed()).hasAtLeastOneElementOfType(InternalServerException.class);
		assertThat(flag).isTrue();
		assertThat(this.stubRequests).hasValue(1);
	}

	@Test
	void anInterruptWhileAnAttemptIsInFlightIsATypedInterruptionAndFreesTheConnection() throws Exception {
		String url = stub((request, response) -> Mono.never());
		OpenAIClient client = client(config(url).responseTimeout(Duration.ofMinutes(5)).retry(SLOW_RETRY).build());
		AtomicBoolean flag = new AtomicBoolean();
		Thread[] thread = new Thread[1];

		CompletableFuture<Throwable> outcome = callOnThread(() -> client.models().retrieve("gpt-4o-mini"), flag,
				thread);
		await("the server holds the request").atMost(Duration.ofSeconds(10)).until(() -> this.stubRequests.get() == 1);
		thread[0].interrupt();

		Throwable failure = outcome.get(10, TimeUnit.SECONDS);
		assertThat(failure).isInstanceOf(OpenAIInterruptedException.class).hasMessageContaining("in flight");
		assertThat(failure).hasRootCauseInstanceOf(InterruptedException.class);
		assertThat(flag).isTrue();
		assertThat(this.hook.retries).isEmpty();
		assertPoolDrained(client);
	}

}
