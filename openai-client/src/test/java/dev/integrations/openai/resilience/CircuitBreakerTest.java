package dev.integrations.openai.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.common.Headers;
import dev.integrations.openai.errors.ApiError;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.CircuitBreakerOpenException;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CircuitBreakerTest extends WireMockSupport {

	private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	private final List<String> transitions = new ArrayList<>();

	private final CircuitBreaker breaker = new CircuitBreaker(
			new CircuitBreakerSettings(true, 3, Duration.ofSeconds(30)), this.nanos::get,
			(from, to) -> this.transitions.add(from + "->" + to));

	private static final InternalServerException SERVER_ERROR = new InternalServerException(500,
			new ApiError("boom", "server_error", null, null), Headers.EMPTY);

	private void fail(int times) {
		for (int i = 0; i < times; i++) {
			this.breaker.acquirePermission();
			this.breaker.onFailure(SERVER_ERROR);
		}
	}

	@Test
	void opensAfterTheThresholdOfConsecutiveFailuresAndFailsFast() {
		fail(2);
		assertThat(this.breaker.state()).isEqualTo(CircuitState.CLOSED);

		fail(1);

		assertThat(this.breaker.state()).isEqualTo(CircuitState.OPEN);
		assertThat(this.transitions).containsExactly("CLOSED->OPEN");
		this.nanos.addAndGet(Duration.ofSeconds(10).toNanos());
		assertThatThrownBy(this.breaker::acquirePermission).isInstanceOfSatisfying(CircuitBreakerOpenException.class,
				(ex) -> {
					assertThat(ex.retryIn()).isEqualTo(Duration.ofSeconds(20));
					assertThat(ex.isRetryable()).isFalse();
				});
	}

	@Test
	void aSuccessResetsTheConsecutiveCount() {
		fail(2);
		this.breaker.onSuccess();
		fail(2);

		assertThat(this.breaker.state()).isEqualTo(CircuitState.CLOSED);
		assertThat(this.breaker.consecutiveFailures()).isEqualTo(2);
	}

	@Test
	void clientErrorsDoNotCount() {
		BadRequestException badRequest = new BadRequestException(new ApiError("bad", "invalid_request_error", null, null),
				Headers.EMPTY);
		for (int i = 0; i < 10; i++) {
			this.breaker.onFailure(badRequest);
		}
		assertThat(this.breaker.state()).isEqualTo(CircuitState.CLOSED);
	}

	@Test
	void halfOpenLetsOneProbeThroughAndClosesOnSuccess() {
		fail(3);
		this.nanos.addAndGet(Duration.ofSeconds(30).toNanos());
		assertThat(this.breaker.state()).isEqualTo(CircuitState.HALF_OPEN);

		this.breaker.acquirePermission();
		assertThatThrownBy(this.breaker::acquirePermission).isInstanceOf(CircuitBreakerOpenException.class);
		this.breaker.onSuccess();

		assertThat(this.breaker.state()).isEqualTo(CircuitState.CLOSED);
		assertThatNoException().isThrownBy(this.breaker::acquirePermission);
		assertThat(this.transitions).containsExactly("CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->CLOSED");
	}

	@Test
	void aFailedProbeOpensTheCircuitAgainForAnotherFullPeriod() {
		fail(3);
		this.nanos.addAndGet(Duration.ofSeconds(31).toNanos());
		this.breaker.acquirePermission();
		this.breaker.onFailure(new OpenAIConnectionException("reset", new java.io.IOException("reset")));

		assertThat(this.breaker.state()).isEqualTo(CircuitState.OPEN);
		assertThat(this.transitions).containsExactly("CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->OPEN");
		this.nanos.addAndGet(Duration.ofSeconds(29).toNanos());
		assertThatThrownBy(this.breaker::acquirePermission).isInstanceOf(CircuitBreakerOpenException.class);
	}

	@Test
	void aCancelledProbeFreesTheHalfOpenSlot() {
		fail(3);
		this.nanos.addAndGet(Duration.ofSeconds(30).toNanos());
		this.breaker.acquirePermission();
		this.breaker.onIgnored();

		assertThatNoException().isThrownBy(this.breaker::acquirePermission);
	}

	@Test
	void openCircuitFailsCallsWithoutTouchingTheNetworkAndHooksSeeTheStateChanges() {
		RecordingHook hook = new RecordingHook();
		var config = configBuilder().build();
		this.server.stubFor(get("/v1/models/gpt-4o-mini").willReturn(aResponse().withStatus(500)));
		try (OpenAIClient client = OpenAIClient.builder()
			.config(config)
			.orchestrator(ResilienceOrchestrator.builder()
				.retry(RetrySettings.NONE)
				.circuitBreaker(new CircuitBreakerSettings(true, 2, Duration.ofSeconds(30)))
				.nanoClock(this.nanos::get)
				.hook(hook)
				.build())
			.build()) {
			for (int i = 0; i < 2; i++) {
				assertThatThrownBy(() -> client.models().retrieve("gpt-4o-mini"))
					.isInstanceOf(InternalServerException.class);
			}
			assertThatThrownBy(() -> client.models().retrieve("gpt-4o-mini"))
				.isInstanceOf(CircuitBreakerOpenException.class);
			this.server.verify(2, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini")));
			assertThat(client.orchestrator().circuitBreaker().state()).isEqualTo(CircuitState.OPEN);

			this.server.stubFor(get("/v1/models/gpt-4o-mini").willReturn(okJson(
					"{\"id\":\"gpt-4o-mini\",\"object\":\"model\",\"created\":1721172741,\"owned_by\":\"system\"}")));
			this.nanos.addAndGet(Duration.ofSeconds(30).toNanos());
			assertThat(client.models().retrieve("gpt-4o-mini").id()).isEqualTo("gpt-4o-mini");
			assertThat(client.orchestrator().circuitBreaker().state()).isEqualTo(CircuitState.CLOSED);
		}
		assertThat(hook.transitions).containsExactly("CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->CLOSED");
	}

}
