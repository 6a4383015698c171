package dev.integrations.openai.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.errors.CircuitBreakerOpenException;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.CircuitState;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.resilience.RetrySettings;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * While the circuit is half-open, exactly one probe reaches a slow, recovering server, however many callers arrive
 * at once: the callers the breaker rejects must not free the probe's slot on their way out.
 */
class HalfOpenProbeTest extends ReliabilitySupport {

	private static final int CALLERS = 48;

	private static final Duration OPEN_DURATION = Duration.ofSeconds(30);

	/** Stands for a successful call in the reactive test's outcome list. */
	private static final Throwable NO_FAILURE = new Throwable("no failure");

	private static final String MODEL_JSON = """
			{"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}""";

	private final AtomicLong nanos = new AtomicLong();

	/** Counts the callers that ended; the probe's answer is held until all others were rejected. */
	private final CountDownLatch othersDone = new CountDownLatch(CALLERS - 1);

	private final AtomicInteger probesReceived = new AtomicInteger();

	@Test
	void blockingCallersLetExactlyOneProbeThroughWhileHalfOpen() throws Exception {
		OpenAIClient client = halfOpenClient();
		ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Throwable>> outcomes = new ArrayList<>();
			for (int i = 0; i < CALLERS; i++) {
				outcomes.add(pool.submit(() -> {
					start.await();
					Throwable failure = run(() -> client.models().retrieve("gpt-4o-mini")).failure();
					if (failure != null) {
						this.othersDone.countDown();
					}
					return failure;
				}));
			}
			start.countDown();
			List<Throwable> failures = new ArrayList<>();
			for (Future<Throwable> outcome : outcomes) {
				failures.add(outcome.get(60, TimeUnit.SECONDS));
			}
			assertOneProbe(client, failures);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void reactiveCallersLetExactlyOneProbeThroughWhileHalfOpen() {
		OpenAIClient client = halfOpenClient();

		List<Throwable> failures = Flux.range(0, CALLERS)
			.flatMap((i) -> client.models()
				.retrieveAsync("gpt-4o-mini")
				.subscribeOn(Schedulers.parallel())
				.<Throwable>map((model) -> NO_FAILURE)
				.onErrorResume((failure) -> {
					this.othersDone.countDown();
					return Mono.just(failure);
				}), CALLERS)
			.collectList()
			.block(Duration.ofSeconds(60));

		assertThat(failures).hasSize(CALLERS);
		assertOneProbe(client, failures.stream().map((failure) -> (failure == NO_FAILURE) ? null : failure).toList());
	}

	/**
	 * A client whose circuit opened on a 500 and whose open time is over: the next attempt is the probe. The
	 * server answers 500 to the first request, then holds each later one until all callers but one ended.
	 */
	private OpenAIClient halfOpenClient() {
		String url = stub((request, response) -> {
			if (this.stubRequests.get() == 1) {
				return response.status(500).sendString(Mono.just("{\"error\": {\"message\": \"The server had an "
						+ "error while processing your request.\", \"type\": \"server_error\"}}"));
			}
			this.probesReceived.incrementAndGet();
			return Mono.fromCallable(() -> this.othersDone.await(30, TimeUnit.SECONDS))
				.subscribeOn(Schedulers.boundedElastic())
				.then(response.header("Content-Type", "application/json").sendString(Mono.just(MODEL_JSON)).then());
		});
		OpenAIClient client = register(OpenAIClient.builder()
			.config(config(url).responseTimeout(Duration.ofSeconds(60)).build())
			.orchestrator(ResilienceOrchestrator.builder()
				.retry(RetrySettings.NONE)
				.circuitBreaker(new CircuitBreakerSettings(true, 1, OPEN_DURATION))
				.nanoClock(this.nanos::get)
				.hook(this.hook)
				.build())
			.build());
		assertThatThrownBy(() -> client.models().retrieve("gpt-4o-mini")).isInstanceOf(InternalServerException.class);
		assertThat(client.orchestrator().circuitBreaker().state()).isEqualTo(CircuitState.OPEN);
		this.nanos.addAndGet(OPEN_DURATION.toNanos());
		assertThat(client.orchestrator().circuitBreaker().state()).isEqualTo(CircuitState.HALF_OPEN);
		return client;
	}

	private void assertOneProbe(OpenAIClient client, List<Throwable> failures) {
		assertThat(this.probesReceived).as("requests that reached the server while half-open").hasValue(1);
		assertThat(failures).filteredOn((failure) -> failure == null).as("successful calls").hasSize(1);
		assertThat(failures).filteredOn((failure) -> failure != null)
			.hasSize(CALLERS - 1)
			.allSatisfy((failure) -> assertThat(failure).isInstanceOf(CircuitBreakerOpenException.class));
		assertThat(client.orchestrator().circuitBreaker().state()).isEqualTo(CircuitState.CLOSED);
		assertPoolDrained(client);
	}

}
