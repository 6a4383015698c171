package dev.integrations.openai.resilience;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.RateLimitException;
import dev.integrations.openai.models.Model;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class RetryTest extends WireMockSupport {

	private static final String MODEL = """
			{"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}
			""";

	private final RecordingHook hook = new RecordingHook();

	private OpenAIClient hookedClient(ResilienceOrchestrator.Builder orchestrator) {
		var config = configBuilder().build();
		return OpenAIClient.builder()
			.config(config)
			.orchestrator(orchestrator.retry(config.retry()).hook(this.hook).build())
			.build();
	}

	private OpenAIClient hookedClient() {
		return hookedClient(ResilienceOrchestrator.builder());
	}

	private void failOnceThen(int status, String header, String value) {
		this.server.stubFor(get("/v1/models/gpt-4o-mini").inScenario("retry")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(status)
				.withHeader("Content-Type", "application/json")
				.withHeader(header, value)
				.withBody("{\"error\":{\"message\":\"Rate limit reached for gpt-4o-mini\",\"type\":\"requests\","
						+ "\"code\":\"rate_limit_exceeded\"}}"))
			.willSetStateTo("recovered"));
		this.server.stubFor(get("/v1/models/gpt-4o-mini").inScenario("retry")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(MODEL)));
	}

	@Test
	void rateLimitWithRetryAfterMsIsRetriedAfterTheServersDelay() {
		failOnceThen(429, "retry-after-ms", "7");
		try (OpenAIClient client = hookedClient()) {
			Model model = client.models().retrieve("gpt-4o-mini");

			assertThat(model.id()).isEqualTo("gpt-4o-mini");
		}
		this.server.verify(2, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini")));
		assertThat(this.hook.retries).singleElement().satisfies((retry) -> {
			assertThat(retry.retry()).isEqualTo(1);
			assertThat(retry.delay()).isEqualTo(Duration.ofMillis(7));
			assertThat(retry.cause()).isInstanceOf(RateLimitException.class);
			assertThat(retry.reason()).isEqualTo("429");
		});
		assertThat(this.hook.successes).singleElement().satisfies((result) -> assertThat(result.attempts()).isEqualTo(2));
	}

	@Test
	void retryAfterLongerThanTheMaximumBackOffFailsAtOnceWithTheServersDelay() {
		failOnceThen(429, "retry-after", "30");
		try (OpenAIClient client = hookedClient()) {
			assertThatThrownBy(() -> client.models().retrieve("gpt-4o-mini"))
				.isInstanceOfSatisfying(RateLimitException.class, (ex) -> {
					assertThat(ex.retryAfter()).contains(Duration.ofSeconds(30));
					assertThat(ex.code()).isEqualTo("rate_limit_exceeded");
				});
		}
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini")));
		assertThat(this.hook.retries).isEmpty();
	}

	@Test
	void reactiveRetryAfterMsLongerThanTheMaximumBackOffFailsAtOnceWithTheServersDelay() {
		failOnceThen(429, "retry-after-ms", "1500");
		try (OpenAIClient client = hookedClient()) {
			assertThatThrownBy(() -> client.models().retrieveAsync("gpt-4o-mini").block())
				.isInstanceOfSatisfying(RateLimitException.class,
						(ex) -> assertThat(ex.retryAfter()).contains(Duration.ofMillis(1500)));
		}
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini")));
		assertThat(this.hook.retries).isEmpty();
	}

	@Test
	void reactiveRetryWaitsTheRetryAfterDelayBeforeTheNextAttempt() throws Exception {
		failOnceThen(429, "retry-after", "7");
		VirtualTimeScheduler time = VirtualTimeScheduler.create();
		var config = configBuilder().retry(new RetrySettings(2, Duration.ofMillis(500), Duration.ofSeconds(60), 2, 0))
			.build();
		try (OpenAIClient client = OpenAIClient.builder()
			.config(config)
			.orchestrator(ResilienceOrchestrator.builder().retry(config.retry()).hook(this.hook).scheduler(time).build())
			.build()) {
			CompletableFuture<Model> result = client.models().retrieveAsync("gpt-4o-mini").toFuture();

			await().atMost(5, TimeUnit.SECONDS).until(() -> !this.hook.retries.isEmpty());
			assertThat(this.hook.retries.get(0).delay()).isEqualTo(Duration.ofSeconds(7));
			time.advanceTimeBy(Duration.ofMillis(6_999));
			assertThat(result).isNotDone();
			this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini")));

			time.advanceTimeBy(Duration.ofMillis(1));
			assertThat(result.get(5, TimeUnit.SECONDS).id()).isEqualTo("gpt-4o-mini");
			this.server.verify(2, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini")));
		}
		finally {
			time.dispose();
		}
	}

	@Test
	void serviceUnavailableThenSuccessIsRetriedTransparently() {
		failOnceThen(503, "x-request-id", "req_503");
		try (OpenAIClient client = hookedClient()) {
			assertThat(client.models().retrieveAsync("gpt-4o-mini").block().id()).isEqualTo("gpt-4o-mini");
		}
		this.server.verify(2, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini")));
		assertThat(this.hook.retries).singleElement()
			.satisfies((retry) -> assertThat(retry.cause()).isInstanceOf(InternalServerException.class));
	}

	@Test
	void reactiveCallFailingTwiceIsRetriedTwiceAndReportsThreeAttempts() {
		this.server.stubFor(get("/v1/models/gpt-4o-mini").inScenario("twice")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withHeader("retry-after-ms", "5")
				.withBody("{\"error\":{\"message\":\"Overloaded\",\"type\":\"server_error\"}}"))
			.willSetStateTo("second"));
		this.server.stubFor(get("/v1/models/gpt-4o-mini").inScenario("twice")
			.whenScenarioStateIs("second")
			.willReturn(aResponse().withFault(CONNECTION_RESET_BY_PEER))
			.willSetStateTo("recovered"));
		this.server.stubFor(get("/v1/models/gpt-4o-mini").inScenario("twice")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(MODEL)));
		try (OpenAIClient client = hookedClient()) {
			assertThat(client.models().retrieveAsync("gpt-4o-mini").block().id()).isEqualTo("gpt-4o-mini");
		}
		this.server.verify(3, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini")));
		assertThat(this.hook.retries).extracting(RetryEvent::retry).containsExactly(1, 2);
		assertThat(this.hook.retries.get(0).cause()).isInstanceOf(InternalServerException.class);
		assertThat(this.hook.retries.get(1).cause()).isInstanceOf(OpenAIConnectionException.class);
		assertThat(this.hook.successes).singleElement().satisfies((result) -> assertThat(result.attempts()).isEqualTo(3));
		assertThat(this.hook.failures).isEmpty();
	}

	@Test
	void badRequestIsNeverRetried() {
		this.server.stubFor(get("/v1/models/gpt-4o-mini").willReturn(aResponse().withStatus(400)
			.withBody("{\"error\":{\"message\":\"Invalid model\",\"type\":\"invalid_request_error\"}}")));

		assertThatThrownBy(() -> this.client.models().retrieve("gpt-4o-mini")).isInstanceOf(BadRequestException.class);
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini")));
	}

	@Test
	void shouldRetryFalseHeaderStopsRetryingA503() {
		this.server.stubFor(get("/v1/models/gpt-4o-mini").willReturn(aResponse().withStatus(503)
			.withHeader("x-should-retry", "false")
			.withBody("{\"error\":{\"message\":\"Overloaded\",\"type\":\"server_error\"}}")));

		assertThatThrownBy(() -> this.client.models().retrieve("gpt-4o-mini"))
			.isInstanceOfSatisfying(InternalServerException.class, (ex) -> assertThat(ex.isRetryable()).isFalse());
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini")));
	}

	@Test
	void shouldRetryTrueHeaderRetriesEvenA400() {
		failOnceThen(400, "x-should-retry", "true");
		assertThat(this.client.models().retrieve("gpt-4o-mini").id()).isEqualTo("gpt-4o-mini");
		this.server.verify(2, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini")));
	}

	@Test
	void givesUpAfterMaxRetriesWithTheLastErrorAndEarlierOnesSuppressed() {
		this.server.stubFor(get("/v1/models/gpt-4o-mini").willReturn(aResponse().withStatus(500)
			.withHeader("x-request-id", "req_500")
			.withBody("{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}")));
		try (OpenAIClient client = hookedClient()) {
			assertThatThrownBy(() -> client.models().retrieve("gpt-4o-mini"))
				.isInstanceOfSatisfying(InternalServerException.class, (ex) -> {
					assertThat(ex.statusCode()).isEqualTo(500);
					assertThat(ex.requestId()).isEqualTo("req_500");
					assertThat(ex.getSuppressed()).hasAtLeastOneElementOfType(InternalServerException.class);
				});
		}
		this.server.verify(3, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini")));
		assertThat(this.hook.retries).extracting(RetryEvent::retry).containsExactly(1, 2);
		assertThat(this.hook.failures).singleElement().isInstanceOf(InternalServerException.class);
	}

	@Test
	void reactiveCallGivesUpAfterMaxRetriesToo() {
		this.server.stubFor(get("/v1/models/gpt-4o-mini").willReturn(aResponse().withStatus(502)
			.withBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));

		assertThatThrownBy(() -> this.client.models().retrieveAsync("gpt-4o-mini").block())
			.isInstanceOfSatisfying(InternalServerException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(502);
				assertThat(ex.type()).isNull();
				assertThat(ex.getMessage()).contains("HTTP 502 Bad Gateway: 502 Bad Gateway");
			});
		this.server.verify(3, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini")));
	}

	@Test
	void connectionResetIsRetriedAsANetworkError() {
		this.server.stubFor(get("/v1/models/gpt-4o-mini").inScenario("reset")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withFault(CONNECTION_RESET_BY_PEER))
			.willSetStateTo("ok"));
		this.server.stubFor(get("/v1/models/gpt-4o-mini").inScenario("reset")
			.whenScenarioStateIs("ok")
			.willReturn(okJson(MODEL)));
		try (OpenAIClient client = hookedClient()) {
			assertThat(client.models().retrieve("gpt-4o-mini").id()).isEqualTo("gpt-4o-mini");
		}
		assertThat(this.hook.retries).singleElement()
			.satisfies((retry) -> assertThat(retry.cause()).isInstanceOf(OpenAIConnectionException.class));
	}

	@Test
	void zeroMaxRetriesMakesOneAttempt() {
		useClient(configBuilder().retry(RetrySettings.NONE).build());
		this.server.stubFor(get("/v1/models/gpt-4o-mini").willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> this.client.models().retrieve("gpt-4o-mini")).isInstanceOf(InternalServerException.class);
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini")));
	}

}
