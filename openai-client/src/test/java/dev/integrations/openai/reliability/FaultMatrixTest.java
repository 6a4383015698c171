package dev.integrations.openai.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

import javax.net.ssl.SSLHandshakeException;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.errors.OpenAIApiException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.errors.RateLimitException;
import dev.integrations.openai.models.Model;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.resilience.RetrySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fault a remote API, a proxy or the network can throw at a non-streaming call, through a real service
 * ({@code client.models().retrieve}): how many attempts reach the server, the exact exception, the time the call
 * takes against its configured bound, and every connection back in the pool afterwards. Timeouts are 200-300 ms,
 * retries two, 1 to 20 ms apart.
 */
class FaultMatrixTest extends ReliabilitySupport {

	private static final String PATH = "/v1/models/gpt-4o-mini";

	private static final String MODEL_JSON = """
			{"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}""";

	private static final String NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
			+ "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n";

	/**
	 * The configured bound of a call whose attempts fail at once: three attempts of at most the (generous) response
	 * timeout each, plus 1 + 2 ms of back-off, plus a second for a slow machine. Such calls take milliseconds.
	 */
	private static final Duration FAST_FAILURE_BOUND = GENEROUS_TIMEOUT.multipliedBy(3).plusSeconds(1);

	/** The configured bound of a call whose three attempts each wait out the short timeout, plus slack. */
	private static final Duration TIMEOUT_BOUND = SHORT_TIMEOUT.multipliedBy(3).plusMillis(1_500);

	private static int wireMockRequests() {
		return wireMock.findAll(getRequestedFor(urlEqualTo(PATH))).size();
	}

	private void assertOutcome(OpenAIClient client, Class<? extends OpenAIException> type, int attempts,
			IntSupplier serverAttempts, Duration atLeast, Duration atMost) {
		Outcome outcome = run(() -> client.models().retrieve("gpt-4o-mini"));
		assertThat(outcome.failure()).isExactlyInstanceOf(type);
		assertThat(outcome.elapsed()).isBetween(atLeast, atMost);
		assertThat(serverAttempts.getAsInt()).as("attempts seen by the server").isEqualTo(attempts);
		assertThat(clientAttempts()).as("attempts made by the client").isEqualTo(attempts);
		assertThat(this.hook.failures).singleElement().isSameAs(outcome.failure());
		assertPoolDrained(client);
	}

	@ParameterizedTest(name = "{0} -> {1}, 3 attempts")
	@CsvSource({ "CONNECTION_RESET_BY_PEER, OpenAIConnectionException", "EMPTY_RESPONSE, OpenAIConnectionException",
			"MALFORMED_RESPONSE_CHUNK, OpenAIConnectionException", "RANDOM_DATA_THEN_CLOSE, OpenAIConnectionException" })
	void brokenConnectionsAreRetriedThenFailTyped(Fault fault, String type) throws ClassNotFoundException {
		wireMock.stubFor(get(PATH).willReturn(aResponse().withFault(fault)));
		OpenAIClient client = client(config(wireMockUrl()).build());

		assertOutcome(client, exceptionType(type), 3, FaultMatrixTest::wireMockRequests, Duration.ZERO,
				FAST_FAILURE_BOUND);
	}

	@ParameterizedTest(name = "HTTP {0} ({1}) -> InternalServerException, 3 attempts")
	@CsvSource({ "500, application/json", "502, application/json", "503, application/json", "504, application/json",
			"502, text/html" })
	void serverErrorsAreRetriedThenFailTyped(int status, String contentType) {
		String body = contentType.equals("text/html") ? NGINX_502
				: "{\"error\": {\"message\": \"The server had an error while processing your request.\", "
						+ "\"type\": \"server_error\", \"param\": null, \"code\": null}}";
		wireMock.stubFor(get(PATH)
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
		OpenAIClient client = client(config(wireMockUrl()).build());

		assertOutcome(client, InternalServerException.class, 3, FaultMatrixTest::wireMockRequests, Duration.ZERO,
				FAST_FAILURE_BOUND);
		assertThat(((OpenAIApiException) this.hook.failures.get(0)).statusCode()).isEqualTo(status);
	}

	@Test
	void truncatedJsonInACompleteResponseIsNotRetried() {
		wireMock.stubFor(get(PATH).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"gpt-4o-mini\", \"object\": \"model\", \"created\": 17211")));
		OpenAIClient client = client(config(wireMockUrl()).build());

		assertOutcome(client, OpenAIResponseException.class, 1, FaultMatrixTest::wireMockRequests, Duration.ZERO,
				FAST_FAILURE_BOUND);
	}

	@Test
	void bodyCutBeforeItsContentLengthIsRetried() {
		String url = rawStub("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
				+ MODEL_JSON.length() + "\r\n\r\n" + MODEL_JSON.substring(0, 30));
		OpenAIClient client = client(config(url).build());

		assertOutcome(client, OpenAIConnectionException.class, 3, this.stubRequests::get, Duration.ZERO,
				FAST_FAILURE_BOUND);
	}

	@Test
	void serverThatNeverAnswersHitsTheResponseTimeoutOnEachAttempt() {
		String url = stub((request, response) -> Mono.never());
		OpenAIClient client = client(config(url).responseTimeout(SHORT_TIMEOUT).build());

		assertOutcome(client, OpenAITimeoutException.class, 3, this.stubRequests::get, SHORT_TIMEOUT.multipliedBy(3),
				TIMEOUT_BOUND);
	}

	@Test
	void bodyThatStallsAfterTheHeadersHitsTheResponseTimeout() {
		String url = stub((request, response) -> response.header("Content-Type", "application/json")
			.sendString(Flux.just("{\"id\": \"gpt-4o-mini\", ").concatWith(Flux.never())));
		OpenAIClient client = client(config(url).responseTimeout(SHORT_TIMEOUT).build());

		assertOutcome(client, OpenAITimeoutException.class, 3, this.stubRequests::get, SHORT_TIMEOUT.multipliedBy(3),
				TIMEOUT_BOUND);
	}

	@Test
	void bodyThatDribblesSlowerThanTheResponseTimeoutFails() {
		String url = stub((request, response) -> response.header("Content-Type", "application/json")
			.sendString(Flux.fromArray(MODEL_JSON.split("(?<=,)")).delayElements(Duration.ofMillis(100))));
		OpenAIClient client = client(config(url).responseTimeout(SHORT_TIMEOUT).build());

		assertOutcome(client, OpenAITimeoutException.class, 3, this.stubRequests::get, SHORT_TIMEOUT.multipliedBy(3),
				TIMEOUT_BOUND);
	}

	@Test
	void hostThatNeverAcceptsHitsTheConnectTimeoutOnEachAttempt() throws IOException {
		try (FullBacklog backlog = new FullBacklog()) {
			OpenAIClient client = client(config("http://127.0.0.1:" + backlog.port() + "/v1")
				.connectTimeout(SHORT_TIMEOUT)
				.build());

			assertOutcome(client, OpenAITimeoutException.class, 3, () -> 3, SHORT_TIMEOUT.multipliedBy(3),
					TIMEOUT_BOUND);
			assertThat(this.hook.failures.get(0)).hasMessageStartingWith("Connect timeout to 127.0.0.1");
		}
	}

	@Test
	void certificateTheClientDoesNotTrustFailsAsAConnectionErrorBeforeAnyRequest() {
		WireMockServer https = new WireMockServer(
				wireMockConfig().httpDisabled(true).dynamicHttpsPort().bindAddress("127.0.0.1"));
		https.start();
		try {
			OpenAIClient client = client(config("https://127.0.0.1:" + https.httpsPort() + "/v1").build());

			Outcome outcome = run(() -> client.models().retrieve("gpt-4o-mini"));

			assertThat(outcome.failure()).isExactlyInstanceOf(OpenAIConnectionException.class)
				.hasMessageStartingWith("TLS with 127.0.0.1 failed: ");
			assertThat(Stream.iterate(outcome.failure(), Objects::nonNull, Throwable::getCause))
				.anyMatch(SSLHandshakeException.class::isInstance);
			assertThat(clientAttempts()).as("attempts made by the client").isEqualTo(3);
			assertThat(https.getAllServeEvents()).as("requests the server saw").isEmpty();
			assertPoolDrained(client);
		}
		finally {
			https.stop();
		}
	}

	@ParameterizedTest(name = "429 with {0}: {1} -> waits {2} ms")
	@CsvSource({ "retry-after, 1, 1000", "retry-after-ms, 250, 250",
			"retry-after, 'Sat, 01 Mar 2025 10:00:01 GMT', 300" })
	void rateLimitHintIsHonouredBeforeTheRetry(String header, String value, long waitMillis) {
		wireMock.stubFor(get(PATH).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader(header, value)
			.withBody("{\"error\": {\"message\": \"Rate limit reached for gpt-4o-mini on requests per min (RPM): "
					+ "Limit 500, Used 500, Requested 1.\", \"type\": \"requests\", \"param\": null, "
					+ "\"code\": \"rate_limit_exceeded\"}}")));
		RetrySettings oneRetry = new RetrySettings(1, Duration.ofMillis(1), Duration.ofSeconds(2), 2.0, 0.0);
		OpenAIConfig config = config(wireMockUrl()).retry(oneRetry).build();
		Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00.700Z"), ZoneOffset.UTC);
		OpenAIClient client = register(OpenAIClient.builder()
			.config(config)
			.orchestrator(ResilienceOrchestrator.builder()
				.retry(oneRetry)
				.circuitBreaker(CircuitBreakerSettings.DISABLED)
				.clock(clock)
				.hook(this.hook)
				.build())
			.build());

		assertOutcome(client, RateLimitException.class, 2, FaultMatrixTest::wireMockRequests,
				Duration.ofMillis(waitMillis), Duration.ofMillis(waitMillis + 1_500));
		assertThat(this.hook.retries).singleElement()
			.satisfies((retry) -> assertThat(retry.delay()).isEqualTo(Duration.ofMillis(waitMillis)));
	}

	@Test
	void aFaultThenSuccessReturnsTheIntactBodyAndReleasesBothConnections() {
		String url = stub((request, response) -> (this.stubRequests.get() == 1) ? reset(response)
				: response.header("Content-Type", "application/json").sendString(Mono.just(MODEL_JSON)));
		OpenAIClient client = client(config(url).build());

		Model model = client.models().retrieve("gpt-4o-mini");

		assertThat(model.id()).isEqualTo("gpt-4o-mini");
		assertThat(model.ownedBy()).isEqualTo("system");
		assertThat(this.stubRequests).hasValue(2);
		assertPoolDrained(client);
	}

	@SuppressWarnings("unchecked")
	private static Class<? extends OpenAIException> exceptionType(String simpleName) throws ClassNotFoundException {
		return (Class<? extends OpenAIException>) Class.forName("dev.integrations.openai.errors." + simpleName);
	}

	/**
	 * A loopback listener that never accepts and whose accept queue is full, so that further connection attempts
	 * get no answer at all (the kernel drops their SYN) and can only time out.
	 */
	static final class FullBacklog implements AutoCloseable {

		private final ServerSocket server;

		private final List<Socket> fillers = new ArrayList<>();

		FullBacklog() throws IOException {
			this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
			for (int i = 0; i < 8; i++) {
				Socket socket = new Socket();
				try {
					socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 100);
					this.fillers.add(socket);
				}
				catch (IOException ex) {
					socket.close();
					break;
				}
			}
		}

		int port() {
			return this.server.getLocalPort();
		}

		@Override
		public void close() throws IOException {
			for (Socket socket : this.fillers) {
				socket.close();
			}
			this.server.close();
		}

	}

}
