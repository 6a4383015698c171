package dev.integrations.openai.autoconfigure.metrics;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.embeddings.EmbeddingRequest;
import dev.integrations.openai.embeddings.EmbeddingResponse;
import dev.integrations.openai.errors.RateLimitException;
import dev.integrations.openai.ratelimit.LocalRateLimitStore;
import dev.integrations.openai.ratelimit.RateLimitMode;
import dev.integrations.openai.ratelimit.RateLimitSettings;
import dev.integrations.openai.ratelimit.RateLimiter;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.resilience.RetrySettings;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the meter hook records of the rate limiter on real calls: calls held back (waited or rejected), the time
 * waited (on virtual time), and the estimated next to the actual tokens.
 */
class OpenAIRateLimitMetricsTests {

	private static final String EMBEDDING = """
			{"object": "list", "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2]}],
			 "model": "text-embedding-3-small", "usage": {"prompt_tokens": 3, "total_tokens": 3}}
			""";

	private static final EmbeddingRequest REQUEST = EmbeddingRequest.of("text-embedding-3-small", "Hi");

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final AtomicLong nanos = new AtomicLong();

	private final VirtualTimeScheduler time = VirtualTimeScheduler.create();

	private WireMockServer server;

	@BeforeEach
	void start() {
		this.server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		this.server.start();
		this.server.stubFor(post("/v1/embeddings").willReturn(okJson(EMBEDDING)
			.withHeader("x-ratelimit-limit-requests", "1")
			.withHeader("x-ratelimit-remaining-requests", "0")
			.withHeader("x-ratelimit-reset-requests", "10s")));
	}

	@AfterEach
	void stop() {
		this.server.stop();
		this.time.dispose();
	}

	private OpenAIClient client(RateLimitMode mode) {
		RateLimitSettings settings = RateLimitSettings.DEFAULTS.withMode(mode);
		OpenAIConfig config = OpenAIConfig.builder()
			.baseUrl("http://127.0.0.1:" + this.server.port() + "/v1")
			.apiKey("sk-test-0123456789")
			.retry(RetrySettings.NONE)
			.circuitBreaker(CircuitBreakerSettings.DISABLED)
			.rateLimit(settings)
			.build();
		return OpenAIClient.builder()
			.config(config)
			.orchestrator(ResilienceOrchestrator.builder()
				.retry(config.retry())
				.circuitBreaker(config.circuitBreaker())
				.rateLimiter(RateLimiter.of(settings, new LocalRateLimitStore(this.nanos::get), "default", null)
					.withScheduler(this.time))
				.hook(new OpenAIMeterHook(this.registry))
				.build())
			.build();
	}

	@Test
	void aRejectedCallIsCounted() {
		try (OpenAIClient client = client(RateLimitMode.FAIL)) {
			client.embeddings().create(REQUEST);
			assertThatExceptionOfType(RateLimitException.class).isThrownBy(() -> client.embeddings().create(REQUEST));
		}

		assertThat(this.registry.get(OpenAIMeterHook.RATE_LIMIT_THROTTLED)
			.tags("outcome", "rejected", "operation", "embeddings.create", "gen_ai.request.model",
					"text-embedding-3-small")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.registry.find(OpenAIMeterHook.RATE_LIMIT_WAIT).timer()).isNull();
	}

	@Test
	void aCallThatWaitedIsCountedWithTheTimeItWaitedAndItsEstimateNextToItsUsage() {
		try (OpenAIClient client = client(RateLimitMode.WAIT)) {
			client.embeddings().create(REQUEST);
			Mono<EmbeddingResponse> second = client.embeddings().createAsync(REQUEST).cache();
			second.subscribe();
			this.time.advanceTimeBy(Duration.ofSeconds(10));
			second.block(Duration.ofSeconds(30));
		}

		assertThat(this.registry.get(OpenAIMeterHook.RATE_LIMIT_THROTTLED).tag("outcome", "waited").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.get(OpenAIMeterHook.RATE_LIMIT_WAIT).timer().totalTime(TimeUnit.SECONDS))
			.isEqualTo(10);
		// only the second call is estimated (limits known): "Hi" is 1 token (embeddings have no output); usage 3
		DistributionSummary estimated = this.registry.get(OpenAIMeterHook.RATE_LIMIT_TOKENS)
			.tag("type", "estimated")
			.summary();
		assertThat(estimated.count()).isEqualTo(1);
		assertThat(estimated.totalAmount()).isEqualTo(1);
		assertThat(this.registry.get(OpenAIMeterHook.RATE_LIMIT_TOKENS).tag("type", "actual").summary().totalAmount())
			.isEqualTo(3);
	}

}
