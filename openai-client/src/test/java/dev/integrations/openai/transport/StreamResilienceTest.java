package dev.integrations.openai.transport;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.resilience.RecordingHook;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Streams against WireMock and, where WireMock cannot cut or hold a stream, a small Reactor Netty server.
 */
class StreamResilienceTest extends WireMockSupport {

	private static final String CHUNK = "data: {\"id\":\"chatcmpl-1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n";

	record Chunk(String id, List<Map<String, Object>> choices) {
	}

	private final RecordingHook hook = new RecordingHook();

	private DisposableServer stub;

	@AfterEach
	void stopStub() {
		if (this.stub != null) {
			this.stub.disposeNow();
		}
	}

	private ApiExecutor executor(String baseUrl, Duration idle) {
		var config = configBuilder().baseUrl(baseUrl).streamIdleTimeout(idle).build();
		return newExecutor(config, ResilienceOrchestrator.builder().retry(config.retry()).hook(this.hook).build());
	}

	private static ApiRequest request() {
		return ApiRequest.post("/chat/completions").operation("chat.completions.create")
			.jsonBody(Map.of("model", "gpt-4o-mini", "stream", true))
			.build();
	}

	private String stubUrl() {
		return "http://127.0.0.1:" + this.stub.port() + "/v1";
	}

	@Test
	void failureBeforeTheFirstEventIsRetried() {
		this.server.stubFor(post("/v1/chat/completions").inScenario("s").whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"overloaded\"}}"))
			.willSetStateTo("ok"));
		this.server.stubFor(post("/v1/chat/completions").inScenario("s").whenScenarioStateIs("ok")
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(CHUNK + "data: [DONE]\n\n")));

		StepVerifier.create(executor(this.server.baseUrl() + "/v1", Duration.ofSeconds(5)).stream(StreamResilienceTest::request, Chunk.class))
			.expectNextCount(1)
			.verifyComplete();
		this.server.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
		assertThat(this.hook.retries).hasSize(1);
		assertThat(this.hook.firstEvents).hasSize(1);
		assertThat(this.hook.successes).singleElement().satisfies((result) -> assertThat(result.attempts()).isEqualTo(2));
	}

	@Test
	void connectionDroppedMidStreamEndsWithAnErrorAndIsNotRetried() {
		AtomicInteger attempts = new AtomicInteger();
		this.stub = HttpServer.create().host("127.0.0.1").port(0)
			.route((routes) -> routes.post("/v1/chat/completions", (request, response) -> {
				attempts.incrementAndGet();
				return response.header("Content-Type", "text/event-stream")
					.sendString(Flux.just(CHUNK, CHUNK).concatWith(Flux.error(new IllegalStateException("cut"))));
			}))
			.bindNow();

		StepVerifier.create(executor(stubUrl(), Duration.ofSeconds(5)).stream(StreamResilienceTest::request, Chunk.class))
			.expectNextCount(2)
			.expectError(OpenAIConnectionException.class)
			.verify(Duration.ofSeconds(10));
		assertThat(attempts).hasValue(1);
		assertThat(this.hook.retries).isEmpty();
		assertThat(this.hook.failures).singleElement().isInstanceOf(OpenAIConnectionException.class);
	}

	@Test
	void silenceLongerThanTheIdleTimeoutEndsTheStream() {
		this.stub = HttpServer.create().host("127.0.0.1").port(0)
			.route((routes) -> routes.post("/v1/chat/completions", (request, response) -> response
				.header("Content-Type", "text/event-stream")
				.sendString(Flux.just(CHUNK).concatWith(Flux.never()))))
			.bindNow();

		StepVerifier.create(executor(stubUrl(), Duration.ofMillis(300)).stream(StreamResilienceTest::request, Chunk.class))
			.expectNextCount(1)
			.expectError(OpenAITimeoutException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void cancellingTheSubscriptionClosesTheConnection() throws InterruptedException {
		CountDownLatch serverSawDisconnect = new CountDownLatch(1);
		AtomicInteger sent = new AtomicInteger();
		this.stub = HttpServer.create().host("127.0.0.1").port(0)
			.route((routes) -> routes.post("/v1/chat/completions", (request, response) -> response
				.header("Content-Type", "text/event-stream")
				.sendString(Flux.interval(Duration.ofMillis(10)).map((i) -> {
					sent.incrementAndGet();
					return CHUNK;
				}).doOnCancel(serverSawDisconnect::countDown))))
			.bindNow();

		StepVerifier.create(executor(stubUrl(), Duration.ofSeconds(5)).stream(StreamResilienceTest::request, Chunk.class))
			.expectNextCount(3)
			.thenCancel()
			.verify(Duration.ofSeconds(5));

		assertThat(serverSawDisconnect.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(this.hook.cancels).hasSize(1);
		int sentAtDisconnect = sent.get();
		Thread.sleep(100);
		assertThat(sent.get()).isEqualTo(sentAtDisconnect);
	}

	@Test
	void closingABlockingStreamEarlyClosesTheConnection() throws InterruptedException {
		CountDownLatch serverSawDisconnect = new CountDownLatch(1);
		this.stub = HttpServer.create().host("127.0.0.1").port(0)
			.route((routes) -> routes.post("/v1/chat/completions", (request, response) -> response
				.header("Content-Type", "text/event-stream")
				.sendString(Flux.interval(Duration.ofMillis(10)).map((i) -> CHUNK)
					.doOnCancel(serverSawDisconnect::countDown))))
			.bindNow();

		try (BlockingStream<Chunk> stream = executor(stubUrl(), Duration.ofSeconds(5)).blockingStream(request(),
				Chunk.class)) {
			Iterator<Chunk> chunks = stream.iterator();
			assertThat(chunks.next().id()).isEqualTo("chatcmpl-1");
			assertThat(chunks.next().id()).isEqualTo("chatcmpl-1");
		}

		assertThat(serverSawDisconnect.await(5, TimeUnit.SECONDS)).isTrue();
	}

}
