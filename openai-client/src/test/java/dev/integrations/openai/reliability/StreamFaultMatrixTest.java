package dev.integrations.openai.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.integrations.openai.client.ClientInternals;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAIStreamException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.transport.ApiRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault matrix of streaming calls, through {@code ApiExecutor.stream} on a real client's connection pool:
 * faults before the first event are retried like any call; after an event reached the caller, the stream ends with
 * the typed error and is not retried. Each case checks the attempts the server saw, the events delivered, the exact
 * exception, the time against the configured bound, and the pool drained.
 */
class StreamFaultMatrixTest extends ReliabilitySupport {

	private static final String PATH = "/v1/chat/completions";

	private static final String CHUNK = "data: {\"id\":\"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG\",\"object\":"
			+ "\"chat.completion.chunk\",\"created\":1741570283,\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":"
			+ "[{\"index\":0,\"delta\":{\"content\":\"Hello\"},\"finish_reason\":null}]}\n\n";

	private static final String ERROR_EVENT = "event: error\ndata: {\"error\": {\"message\": \"The server had an error "
			+ "while processing your request. Sorry about that!\", \"type\": \"server_error\", \"param\": null, "
			+ "\"code\": null}}\n\n";

	private static final Duration FAST_FAILURE_BOUND = GENEROUS_TIMEOUT.multipliedBy(3).plusSeconds(1);

	private static final Duration TIMEOUT_BOUND = SHORT_TIMEOUT.multipliedBy(3).plusMillis(1_500);

	record Chunk(String id, String model, List<Map<String, Object>> choices) {
	}

	private final List<Chunk> events = new CopyOnWriteArrayList<>();

	private static ApiRequest request() {
		return ApiRequest.post("/chat/completions")
			.operation("chat.completions.create")
			.model("gpt-4o-mini")
			.jsonBody(Map.of("model", "gpt-4o-mini", "stream", true, "messages",
					List.of(Map.of("role", "user", "content", "Say hello"))))
			.build();
	}

	private static int wireMockRequests() {
		return wireMock.findAll(postRequestedFor(urlEqualTo(PATH))).size();
	}

	private Outcome consume(OpenAIClient client) {
		return run(() -> ClientInternals.executor(client)
			.stream(StreamFaultMatrixTest::request, Chunk.class)
			.doOnNext(this.events::add)
			.blockLast(Duration.ofSeconds(30)));
	}

	private void assertStream(OpenAIClient client, int events, Class<? extends OpenAIException> type, int attempts,
			IntSupplier serverAttempts, Duration atLeast, Duration atMost) {
		Outcome outcome = consume(client);
		assertThat(outcome.failure()).isExactlyInstanceOf(type);
		assertThat(this.events).as("events delivered").hasSize(events);
		assertThat(outcome.elapsed()).isBetween(atLeast, atMost);
		assertThat(serverAttempts.getAsInt()).as("attempts seen by the server").isEqualTo(attempts);
		assertThat(clientAttempts()).as("attempts made by the client").isEqualTo(attempts);
		assertThat(this.hook.failures).singleElement().isSameAs(outcome.failure());
		assertPoolDrained(client);
	}

	@ParameterizedTest(name = "{0} before the first event -> OpenAIConnectionException, 3 attempts")
	@EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
			"MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE" })
	void brokenConnectionBeforeTheFirstEventIsRetried(Fault fault) {
		wireMock.stubFor(post(PATH).willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
			.withFault(fault)));
		OpenAIClient client = client(config(wireMockUrl()).build());

		Outcome outcome = consume(client);

		assertThat(outcome.failure()).isExactlyInstanceOf(OpenAIConnectionException.class);
		assertThat(outcome.elapsed()).isLessThan(FAST_FAILURE_BOUND);
		assertThat(this.events).isEmpty();
		assertThat(wireMockRequests()).isEqualTo(3);
		assertThat(clientAttempts()).isEqualTo(3);
		assertPoolDrained(client);
	}

	@ParameterizedTest(name = "HTTP {0} ({1}) before the stream -> InternalServerException, 3 attempts")
	@CsvSource({ "500, application/json", "502, text/html", "503, application/json", "504, application/json" })
	void serverErrorBeforeTheStreamIsRetried(int status, String contentType) {
		String body = contentType.equals("text/html") ? "<html><body><h1>502 Bad Gateway</h1></body></html>"
				: "{\"error\": {\"message\": \"The engine is currently overloaded, please try again later\", "
						+ "\"type\": \"server_error\"}}";
		wireMock.stubFor(post(PATH)
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
		OpenAIClient client = client(config(wireMockUrl()).build());

		assertStream(client, 0, InternalServerException.class, 3, StreamFaultMatrixTest::wireMockRequests, Duration.ZERO,
				FAST_FAILURE_BOUND);
	}

	@Test
	void serverThatNeverSendsHeadersHitsTheIdleTimeoutOnEachAttempt() {
		String url = stub((request, response) -> Mono.never());
		OpenAIClient client = client(config(url).streamIdleTimeout(SHORT_TIMEOUT).build());

		assertStream(client, 0, OpenAITimeoutException.class, 3, this.stubRequests::get,
				SHORT_TIMEOUT.multipliedBy(3), TIMEOUT_BOUND);
	}

	@Test
	void streamThatNeverSendsAnEventHitsTheIdleTimeoutOnEachAttempt() {
		String url = stub((request, response) -> response.header("Content-Type", "text/event-stream")
			.sendString(Flux.just(": keep-alive comment\n\n").concatWith(Flux.never())));
		OpenAIClient client = client(config(url).streamIdleTimeout(SHORT_TIMEOUT).build());

		assertStream(client, 0, OpenAITimeoutException.class, 3, this.stubRequests::get,
				SHORT_TIMEOUT.multipliedBy(3), TIMEOUT_BOUND);
	}

	@Test
	void streamThatDribblesThenStopsEndsWithATimeoutAndIsNotRetried() {
		String url = stub((request, response) -> response.header("Content-Type", "text/event-stream")
			.sendString(Flux.just(CHUNK, CHUNK, CHUNK).delayElements(Duration.ofMillis(50)).concatWith(Flux.never())));
		OpenAIClient client = client(config(url).streamIdleTimeout(SHORT_TIMEOUT).build());

		assertStream(client, 3, OpenAITimeoutException.class, 1, this.stubRequests::get, SHORT_TIMEOUT,
				SHORT_TIMEOUT.plusMillis(2_000));
	}

	@Test
	void streamCutMidEventAfterTwoEventsEndsWithAConnectionErrorAndIsNotRetried() {
		String url = stub((request, response) -> response.header("Content-Type", "text/event-stream")
			.sendString(Flux.just(CHUNK, CHUNK, CHUNK.substring(0, 40))
				.concatWith(Flux.error(new IllegalStateException("upstream cut")))));
		OpenAIClient client = client(config(url).build());

		assertStream(client, 2, OpenAIConnectionException.class, 1, this.stubRequests::get, Duration.ZERO,
				FAST_FAILURE_BOUND);
	}

	@Test
	void streamCutMidEventBeforeAnyEventIsRetried() {
		String url = stub((request, response) -> response.header("Content-Type", "text/event-stream")
			.sendString(Flux.just(CHUNK.substring(0, 40)).concatWith(Flux.error(new IllegalStateException("cut")))));
		OpenAIClient client = client(config(url).build());

		assertStream(client, 0, OpenAIConnectionException.class, 3, this.stubRequests::get, Duration.ZERO,
				FAST_FAILURE_BOUND);
	}

	@Test
	void closeDelimitedStreamCutMidEventFailsTypedAfterTheCompleteEvents() {
		String url = rawStub("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n" + CHUNK
				+ CHUNK.substring(0, 40));
		OpenAIClient client = client(config(url).build());

		Outcome outcome = consume(client);

		assertThat(outcome.failure()).isExactlyInstanceOf(OpenAIResponseException.class);
		assertThat(this.events).hasSize(1);
		assertThat(this.stubRequests).hasValue(1);
		assertPoolDrained(client);
	}

	@Test
	void errorEventBeforeAnyOtherEndsTheStreamTypedAndIsNotRetried() {
		wireMock.stubFor(post(PATH).willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
			.withBody(ERROR_EVENT)));
		OpenAIClient client = client(config(wireMockUrl()).build());

		assertStream(client, 0, OpenAIStreamException.class, 1, StreamFaultMatrixTest::wireMockRequests, Duration.ZERO,
				FAST_FAILURE_BOUND);
		assertThat(((OpenAIStreamException) this.hook.failures.get(0)).error().type()).isEqualTo("server_error");
	}

	@Test
	void errorEventAfterTwoEventsEndsTheStreamTyped() {
		wireMock.stubFor(post(PATH).willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
			.withBody(CHUNK + CHUNK + ERROR_EVENT + CHUNK + "data: [DONE]\n\n")));
		OpenAIClient client = client(config(wireMockUrl()).build());

		assertStream(client, 2, OpenAIStreamException.class, 1, StreamFaultMatrixTest::wireMockRequests, Duration.ZERO,
				FAST_FAILURE_BOUND);
	}

	@Test
	void unreadableEventIsAResponseErrorAndIsNotRetried() {
		wireMock.stubFor(post(PATH).willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
			.withBody("data: {\"id\":\"chatcmpl-1\",\"choices\":[{\"index\":0,\"delta\"\n\n")));
		OpenAIClient client = client(config(wireMockUrl()).build());

		assertStream(client, 0, OpenAIResponseException.class, 1, StreamFaultMatrixTest::wireMockRequests, Duration.ZERO,
				FAST_FAILURE_BOUND);
	}

}
