package dev.integrations.openai.autoconfigure.health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.embeddings.EmbeddingRequest;
import dev.integrations.openai.ratelimit.LocalRateLimitStore;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.RetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class OpenAIHealthIndicatorTests {

	static final String API_KEY = "sk-test-SECRET0123456789abcdef";

	static final String MODEL_LIST = """
			{"object": "list", "data": [
			  {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}
			]}
			""";

	static final String INVALID_KEY = """
			{"error": {"message": "Incorrect API key provided: sk-test-*********************cdef. You can find your API key at https://platform.openai.com/account/api-keys.",
			  "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}
			""";

	static final String EMBEDDING = """
			{"object": "list", "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2]}],
			 "model": "text-embedding-3-small", "usage": {"prompt_tokens": 1, "total_tokens": 1}}
			""";

	private final AtomicLong nanos = new AtomicLong();

	private WireMockServer server;

	private OpenAIClient client;

	@BeforeEach
	void start() {
		this.server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		this.server.start();
		this.client = client(CircuitBreakerSettings.DISABLED);
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.stop();
	}

	@Test
	void upWithHostLatencyAndCircuitStateWhenModelsCanBeListed() {
		this.server.stubFor(get("/v1/models").willReturn(okJson(MODEL_LIST)));

		Health health = indicator(Duration.ofSeconds(30)).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("host", "127.0.0.1")
			.containsEntry("circuitState", "CLOSED")
			.containsKey("latency")
			.doesNotContainKey("error");
	}

	@Test
	void resultIsCachedForTheTtlSoProbesDoNotHammerTheApi() {
		this.server.stubFor(get("/v1/models").willReturn(okJson(MODEL_LIST)));
		OpenAIHealthIndicator indicator = indicator(Duration.ofSeconds(30));

		indicator.health();
		this.nanos.addAndGet(Duration.ofSeconds(29).toNanos());
		indicator.health();
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models")));

		this.nanos.addAndGet(Duration.ofSeconds(2).toNanos());
		indicator.health();
		this.server.verify(2, getRequestedFor(urlEqualTo("/v1/models")));
	}

	@Test
	void downWhenTheKeyIsRejectedWithoutShowingKeyOrServerMessage() {
		this.server.stubFor(get("/v1/models").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody(INVALID_KEY)));

		Health health = indicator(Duration.ofSeconds(30)).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "API key rejected (HTTP 401)")
			.containsEntry("lastErrorType", "AuthenticationException");
		assertThat(health.toString()).doesNotContain("sk-").doesNotContain("Incorrect API key");
	}

	@Test
	void downWithoutCallingWhileTheCircuitIsOpen() {
		this.client.close();
		this.client = client(new CircuitBreakerSettings(true, 1, Duration.ofMinutes(1)));
		this.server.stubFor(get("/v1/models").willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"The engine is currently overloaded.\", \"type\": \"server_error\"}}")));
		OpenAIHealthIndicator indicator = indicator(Duration.ZERO);

		Health first = indicator.health();
		Health second = indicator.health();

		assertThat(first.getStatus()).isEqualTo(Status.DOWN);
		assertThat(first.getDetails()).containsEntry("error", "API answered HTTP 503")
			.containsEntry("lastErrorType", "InternalServerException")
			.containsEntry("circuitState", "OPEN");
		assertThat(second.getStatus()).isEqualTo(Status.DOWN);
		assertThat(second.getDetails()).containsEntry("error", "circuit breaker open: recent calls failed")
			.containsEntry("circuitState", "OPEN");
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models")));
	}

	@Test
	void downWhenTheServerCannotBeReached() {
		this.server.stop();

		Health health = indicator(Duration.ofSeconds(30)).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("lastErrorType", "OpenAIConnectionException")
			.containsEntry("error", "call failed: network error");
	}

	@Test
	void downWhenTheServerDoesNotAnswerWithinTheTimeout() {
		this.server.stubFor(get("/v1/models").willReturn(okJson(MODEL_LIST).withFixedDelay(2000)));

		Health health = new OpenAIHealthIndicator(this.client, Duration.ofMillis(200), Duration.ofSeconds(30))
			.health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "no answer within 200ms")
			.containsEntry("lastErrorType", "TimeoutException");
	}

	@Test
	void upWhenRateLimitedSinceTheApiAnsweredAndAcceptedTheKey() {
		this.server.stubFor(get("/v1/models").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\", \"code\": \"rate_limit_exceeded\"}}")));

		Health health = indicator(Duration.ofSeconds(30)).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("rateLimited", true);
	}

	@Test
	void showsTheCurrentRateLimitHeadroomOfEachModelAfreshOnEveryProbe() {
		this.client.close();
		this.client = OpenAIClient.builder()
			.config(OpenAIConfig.builder()
				.baseUrl("http://127.0.0.1:" + this.server.port() + "/v1")
				.apiKey(API_KEY)
				.retry(RetrySettings.NONE)
				.circuitBreaker(CircuitBreakerSettings.DISABLED)
				.build())
			.rateLimitStore(new LocalRateLimitStore(this.nanos::get))
			.build();
		this.server.stubFor(get("/v1/models").willReturn(okJson(MODEL_LIST)));
		this.server.stubFor(post("/v1/embeddings").willReturn(okJson(EMBEDDING)
			.withHeader("x-ratelimit-limit-requests", "3000")
			.withHeader("x-ratelimit-remaining-requests", "2999")
			.withHeader("x-ratelimit-reset-requests", "20ms")
			.withHeader("x-ratelimit-limit-tokens", "1000000")
			.withHeader("x-ratelimit-remaining-tokens", "999990")
			.withHeader("x-ratelimit-reset-tokens", "0s")));
		OpenAIHealthIndicator indicator = indicator(Duration.ofMinutes(1));
		assertThat(indicator.health().getDetails()).doesNotContainKey("rateLimit");

		// "Hi" is estimated at 1 token, by jtokkit or by length, as the usage reports: no correction
		this.client.embeddings().create(EmbeddingRequest.of("text-embedding-3-small", "Hi"));

		assertThat(indicator.health().getDetails()).containsEntry("rateLimit",
				Map.of("text-embedding-3-small", Map.of("limitRequests", 3000L, "remainingRequests", 2999L,
						"limitTokens", 1_000_000L, "remainingTokens", 999_990L)));
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models")));
	}

	private OpenAIHealthIndicator indicator(Duration cacheTtl) {
		return new OpenAIHealthIndicator(this.client, Duration.ofSeconds(30), cacheTtl, this.nanos::get);
	}

	private OpenAIClient client(CircuitBreakerSettings circuitBreaker) {
		return OpenAIClient.builder()
			.config(OpenAIConfig.builder()
				.baseUrl("http://127.0.0.1:" + this.server.port() + "/v1")
				.apiKey(API_KEY)
				.retry(RetrySettings.NONE)
				.circuitBreaker(circuitBreaker)
				.build())
			.build();
	}

}
