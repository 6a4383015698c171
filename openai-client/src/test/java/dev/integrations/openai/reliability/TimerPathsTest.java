package dev.integrations.openai.reliability;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.models.Model;
import dev.integrations.openai.resilience.RetrySettings;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The two ways the transport times attempts: on Reactor Netty (the default connector) on the connection's event loop,
 * on any other connector with Reactor's timer operators. Both must bound a stalled or dribbling call and a silent
 * stream the same way, and a finished call's deadline must never fire into the next call on the same connection.
 */
class TimerPathsTest extends ReliabilitySupport {

	private static final String MODEL_JSON = """
			{"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}""";

	private static final String CHUNK = "data: {\"id\":\"chatcmpl-1\",\"object\":\"model\",\"created\":1,"
			+ "\"owned_by\":\"system\"}\n\n";

	/**
	 * A silent stream's idle timeout: long enough for its one event to arrive first on a saturated machine, so the
	 * tests below always see the event and then the silence.
	 */
	private static final Duration STREAM_IDLE = Duration.ofSeconds(2);

	/** How late a timed-out call may end: the timeout plus slack for a machine whose CPUs are all busy. */
	private static Duration bound(Duration timeout) {
		return timeout.plusSeconds(5);
	}

	private OpenAIClient jdkClient(OpenAIConfig config) {
		return register(OpenAIClient.builder().config(config).clientConnector(new JdkClientHttpConnector()).build());
	}

	/**
	 * A JDK-connector client whose {@code HttpClient} has already made one call: the first call on a JDK client loads
	 * and starts its machinery (seconds on a saturated machine), which must not count against a short idle timeout.
	 */
	private OpenAIClient warmJdkClient(OpenAIConfig config) {
		JdkClientHttpConnector connector = new JdkClientHttpConnector();
		String finished = stub((request, response) -> response.header("Content-Type", "text/event-stream")
			.sendString(Flux.just(CHUNK, "data: [DONE]\n\n")));
		OpenAIClient warm = register(
				OpenAIClient.builder().config(noRetry(finished).build()).clientConnector(connector).build());
		assertThat(streamModels(warm).collectList().block(Duration.ofSeconds(60))).hasSize(1);
		return register(OpenAIClient.builder().config(config).clientConnector(connector).build());
	}

	private static OpenAIConfig.Builder noRetry(String url) {
		return config(url).retry(RetrySettings.NONE);
	}

	private String dribblingModel() {
		return stub((request, response) -> response.header("Content-Type", "application/json")
			.sendString(Flux.fromArray(MODEL_JSON.split("(?<=,)")).delayElements(Duration.ofMillis(100))));
	}

	private String silentStreamAfterOneEvent() {
		return stub((request, response) -> response.header("Content-Type", "text/event-stream")
			.sendString(Flux.just(CHUNK).concatWith(Flux.never())));
	}

	@Test
	void reactorNettyDeadlineBoundsADribblingBody() {
		OpenAIClient client = client(noRetry(dribblingModel()).responseTimeout(SHORT_TIMEOUT).build());

		Outcome outcome = run(() -> client.models().retrieve("gpt-4o-mini"));

		assertThat(outcome.failure()).isExactlyInstanceOf(OpenAITimeoutException.class)
			.hasMessage("No response from 127.0.0.1 within PT0.3S");
		assertThat(outcome.elapsed()).isBetween(SHORT_TIMEOUT, bound(SHORT_TIMEOUT));
		assertPoolDrained(client);
	}

	@Test
	void otherConnectorsDeadlineBoundsADribblingBody() {
		OpenAIClient client = jdkClient(noRetry(dribblingModel()).responseTimeout(SHORT_TIMEOUT).build());

		Outcome outcome = run(() -> client.models().retrieve("gpt-4o-mini"));

		assertThat(outcome.failure()).isExactlyInstanceOf(OpenAITimeoutException.class)
			.hasMessage("No response from 127.0.0.1 within PT0.3S");
		assertThat(outcome.elapsed()).isBetween(SHORT_TIMEOUT, bound(SHORT_TIMEOUT));
	}

	@Test
	void reactorNettyIdleTimeoutEndsASilentStream() {
		OpenAIClient client = client(noRetry(silentStreamAfterOneEvent()).streamIdleTimeout(STREAM_IDLE).build());
		AtomicInteger events = new AtomicInteger();

		Outcome outcome = run(() -> streamModels(client).doOnNext((model) -> events.incrementAndGet()).blockLast());

		assertThat(outcome.failure()).isExactlyInstanceOf(OpenAITimeoutException.class)
			.hasMessage("No data from 127.0.0.1 within PT2S");
		assertThat(events).hasValue(1);
		assertThat(outcome.elapsed()).isBetween(STREAM_IDLE, bound(STREAM_IDLE));
		assertPoolDrained(client);
	}

	@Test
	void otherConnectorsIdleTimeoutEndsASilentStream() {
		OpenAIClient client = warmJdkClient(
				noRetry(silentStreamAfterOneEvent()).streamIdleTimeout(STREAM_IDLE).build());
		AtomicInteger events = new AtomicInteger();

		Outcome outcome = run(() -> streamModels(client).doOnNext((model) -> events.incrementAndGet()).blockLast());

		assertThat(outcome.failure()).isExactlyInstanceOf(OpenAITimeoutException.class)
			.hasMessage("No response from 127.0.0.1 within PT2S");
		assertThat(events).hasValue(1);
		assertThat(outcome.elapsed()).isBetween(STREAM_IDLE, bound(STREAM_IDLE));
	}

	@Test
	void aFinishedCallsDeadlineNeverFiresIntoTheNextCallOnItsConnection() {
		// the first call's 3 s deadline falls 1 s into the second call, which takes 1.5 s of its own 3 s: seconds, not
		// milliseconds, so that a saturated machine cannot make the second call itself time out
		AtomicInteger calls = new AtomicInteger();
		String url = stub((request, response) -> response.header("Content-Type", "application/json")
			.sendString(Mono.just(MODEL_JSON).delaySubscription(Duration.ofMillis((calls.incrementAndGet() == 1) ? 0 : 1_500))));
		OpenAIClient client = client(noRetry(url).responseTimeout(Duration.ofSeconds(3)).build());

		Model first = client.models().retrieve("gpt-4o-mini");
		sleep(Duration.ofSeconds(2));
		Model second = client.models().retrieve("gpt-4o-mini");

		assertThat(first.id()).isEqualTo("gpt-4o-mini");
		assertThat(second.id()).isEqualTo("gpt-4o-mini");
		// the connection goes back to the pool just after the body was read, so wait for it
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(client.connectionPoolStats()).get()
				.satisfies((stats) -> assertThat(stats.idle()).isEqualTo(1)));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Flux<Model> streamModels(OpenAIClient client) {
		return dev.integrations.openai.client.ClientInternals.executor(client)
			.stream(() -> dev.integrations.openai.transport.ApiRequest.post("/chat/completions")
				.operation("chat.completions.create")
				.jsonBody(java.util.Map.of("stream", true))
				.build(), Model.class);
	}

}
