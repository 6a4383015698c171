package dev.integrations.openai.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.ConnectionPoolStats;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.RecordingHook;
import dev.integrations.openai.resilience.RetrySettings;
import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.tcp.TcpServer;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of the reliability tests: one WireMock server per class for its canned faults, Reactor Netty stubs for what
 * WireMock cannot do (hold, dribble or cut a response), clients with small timeouts whose pools are checked, and
 * a hook recording what the client saw.
 */
abstract class ReliabilitySupport {

	/** The timeouts of tests that are not about timeouts: generous, as CI machines can be slow. */
	static final Duration GENEROUS_TIMEOUT = Duration.ofSeconds(2);

	/** The timeout of the tests that wait one out. */
	static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

	/** Two retries, 1 ms growing to at most 20 ms, no jitter: three attempts in all. */
	static final RetrySettings FAST_RETRY = new RetrySettings(2, Duration.ofMillis(1), Duration.ofMillis(20), 2.0, 0.0);

	static WireMockServer wireMock;

	final RecordingHook hook = new RecordingHook();

	/** Requests received by the Netty stub of the current test. */
	final AtomicInteger stubRequests = new AtomicInteger();

	private final List<DisposableServer> stubs = new ArrayList<>();

	private final List<OpenAIClient> clients = new ArrayList<>();

	@BeforeAll
	static void startWireMock() {
		wireMock = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		wireMock.start();
	}

	/**
	 * Loads and initializes the classes of a call once, so that the first test does not spend its timeout on it.
	 */
	@BeforeAll
	static void warmUp() {
		wireMock.stubFor(get("/v1/models").willReturn(okJson("{\"object\": \"list\", \"data\": []}")));
		OpenAIConfig patient = config(wireMockUrl()).responseTimeout(Duration.ofSeconds(30)).build();
		try (OpenAIClient client = OpenAIClient.builder().config(patient).build()) {
			client.models().list();
			client.models().listAsync().block();
		}
	}

	@AfterAll
	static void stopWireMock() {
		wireMock.stop();
	}

	@BeforeEach
	void resetWireMock() {
		wireMock.resetAll();
	}

	@AfterEach
	void closeClientsAndStubs() {
		this.clients.forEach(OpenAIClient::close);
		this.stubs.forEach(DisposableServer::disposeNow);
	}

	static String wireMockUrl() {
		return "http://127.0.0.1:" + wireMock.port() + "/v1";
	}

	/**
	 * Starts a Reactor Netty server on a random loopback port that answers every request with the handler and
	 * counts requests in {@link #stubRequests}.
	 * @param handler writes the response
	 * @return the base URL, ending in {@code /v1}
	 */
	String stub(BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> handler) {
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> {
				this.stubRequests.incrementAndGet();
				return handler.apply(request, response);
			})
			.bindNow();
		this.stubs.add(server);
		return "http://127.0.0.1:" + server.port() + "/v1";
	}

	/**
	 * Starts a TCP server on a random loopback port that answers each request with raw bytes and then closes the
	 * connection: for responses no HTTP server would write, such as a body shorter than its
	 * {@code Content-Length}. Counts requests in {@link #stubRequests}.
	 * @param raw the status line, headers and (partial) body
	 * @return the base URL, ending in {@code /v1}
	 */
	String rawStub(String raw) {
		DisposableServer server = TcpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((inbound, outbound) -> inbound.receive()
				.asString()
				.takeUntil((text) -> text.contains("\r\n\r\n"))
				.then(Mono.fromRunnable(this.stubRequests::incrementAndGet))
				.then(outbound.sendString(Mono.just(raw)).then())
				.then(Mono.delay(Duration.ofMillis(20)))
				.then())
			.bindNow();
		this.stubs.add(server);
		return "http://127.0.0.1:" + server.port() + "/v1";
	}

	/**
	 * Resets the connection of a request (RST, no response at all), as a crashing server or a load balancer does.
	 * @param response the response of the request
	 * @return completes once the reset is sent
	 */
	static Mono<Void> reset(HttpServerResponse response) {
		return Mono.fromRunnable(() -> response.withConnection((connection) -> {
			connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
			connection.channel().close();
		}));
	}

	/**
	 * The configuration of the tests: generous timeouts (tests about timeouts set small ones), fast retries, no
	 * circuit breaker.
	 * @param baseUrl where the server is
	 * @return the builder
	 */
	static OpenAIConfig.Builder config(String baseUrl) {
		return OpenAIConfig.builder()
			.baseUrl(baseUrl)
			.apiKey(WireMockSupport.API_KEY)
			.connectTimeout(GENEROUS_TIMEOUT)
			.responseTimeout(GENEROUS_TIMEOUT)
			.streamIdleTimeout(GENEROUS_TIMEOUT)
			.retry(FAST_RETRY)
			.circuitBreaker(CircuitBreakerSettings.DISABLED);
	}

	/**
	 * Builds a client with the recording hook, closed after the test.
	 * @param config the configuration
	 * @return the client
	 */
	OpenAIClient client(OpenAIConfig config) {
		return register(OpenAIClient.builder().config(config).hook(this.hook).build());
	}

	OpenAIClient register(OpenAIClient client) {
		this.clients.add(client);
		return client;
	}

	/** @return attempts the client made: one per call plus one per retry */
	int clientAttempts() {
		return this.hook.starts.size() + this.hook.retries.size();
	}

	/**
	 * Waits (briefly) until no connection of the client is checked out or awaited.
	 * @param client the client
	 */
	static void assertPoolDrained(OpenAIClient client) {
		await("connections released").atMost(Duration.ofSeconds(3))
			.pollInterval(Duration.ofMillis(10))
			.untilAsserted(() -> assertThat(client.connectionPoolStats()).get()
				.satisfies((stats) -> {
					assertThat(stats.active()).as("active connections").isZero();
					assertThat(stats.pending()).as("pending acquisitions").isZero();
				}));
	}

	static ConnectionPoolStats poolStats(OpenAIClient client) {
		return client.connectionPoolStats().orElseThrow();
	}

	/**
	 * Runs a call and records how it ended and how long it took.
	 * @param call the call
	 * @return the failure (or {@code null}) and the elapsed time
	 */
	static Outcome run(Runnable call) {
		long start = System.nanoTime();
		Throwable failure = null;
		try {
			call.run();
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		return new Outcome(failure, Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * How a call ended.
	 * @param failure what it threw, or {@code null}
	 * @param elapsed how long it took
	 */
	record Outcome(@Nullable Throwable failure, Duration elapsed) {
	}

}
