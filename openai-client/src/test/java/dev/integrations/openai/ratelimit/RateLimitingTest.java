package dev.integrations.openai.ratelimit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.errors.RateLimitException;
import dev.integrations.openai.resilience.RecordingHook;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The rate limiter on the call path, against a real HTTP server: what the headers of one response do to the next
 * call (waits on a virtual-time scheduler, fails before sending), streams, cancellation and usage correction. The
 * store's clock is frozen, so every wait is exact.
 */
class RateLimitingTest extends WireMockSupport {

	private static final String COMPLETION = """
			{"id": "chatcmpl-1", "object": "chat.completion", "created": 1721172741, "model": "gpt-4o-mini",
			 "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi"}, "finish_reason": "stop"}],
			 "usage": {"prompt_tokens": 20, "completion_tokens": 10, "total_tokens": 30}}
			""";

	private static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder()
		.model("gpt-4o-mini")
		.addUserMessage("Hello")
		.maxCompletionTokens(1000)
		.build();

	private static final RateLimitKey KEY = new RateLimitKey("default", "proj_test456", "gpt-4o-mini");

	private final AtomicLong nanos = new AtomicLong(5_000_000_000L);

	private final LocalRateLimitStore store = new LocalRateLimitStore(this.nanos::get);

	private final VirtualTimeScheduler time = VirtualTimeScheduler.create();

	private final RecordingHook hook = new RecordingHook();

	@AfterEach
	void stopTime() {
		this.time.dispose();
	}

	private OpenAIClient limitedClient(RateLimitSettings settings) {
		OpenAIConfig config = configBuilder().rateLimit(settings).build();
		RateLimiter limiter = RateLimiter.of(settings, this.store, "default", config.rateLimitAccount())
			.withScheduler(this.time);
		return OpenAIClient.builder()
			.config(config)
			.orchestrator(ResilienceOrchestrator.builder()
				.retry(config.retry())
				.circuitBreaker(config.circuitBreaker())
				.rateLimiter(limiter)
				.hook(this.hook)
				.build())
			.build();
	}

	/** The first call answers that one request per 20 s is allowed and none is left. */
	private static ResponseDefinitionBuilder exhausted(ResponseDefinitionBuilder response) {
		return response.withHeader("x-ratelimit-limit-requests", "1")
			.withHeader("x-ratelimit-remaining-requests", "0")
			.withHeader("x-ratelimit-reset-requests", "20s");
	}

	private void answerExhausted() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(exhausted(okJson(COMPLETION))));
	}

	private void verifySent(int count) {
		this.server.verify(count, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void inFailModeTheCallAfterTheLastRemainingRequestFailsWithoutBeingSent() {
		answerExhausted();
		try (OpenAIClient client = limitedClient(RateLimitSettings.DEFAULTS.withMode(RateLimitMode.FAIL))) {
			client.chatCompletions().create(REQUEST);

			assertThatExceptionOfType(RateLimitException.class)
				.isThrownBy(() -> client.chatCompletions().create(REQUEST))
				.satisfies((refused) -> {
					assertThat(refused.isBeforeSending()).isTrue();
					assertThat(refused.retryAfter()).contains(Duration.ofSeconds(20));
					assertThat(refused.code()).isEqualTo(RateLimitException.CLIENT_RATE_LIMITED);
					assertThat(refused.isRetryable()).isFalse();
					assertThat(refused.getMessage()).contains("gpt-4o-mini").doesNotContain(API_KEY);
				});
		}
		verifySent(1);
		assertThat(this.hook.failures).singleElement().isInstanceOf(RateLimitException.class);
	}

	@Test
	void inWaitModeTheNextCallIsSentOnlyOnceTheBudgetRefilled() {
		answerExhausted();
		try (OpenAIClient client = limitedClient(RateLimitSettings.DEFAULTS)) {
			client.chatCompletions().createAsync(REQUEST).block(Duration.ofSeconds(30));
			Mono<ChatCompletion> second = client.chatCompletions().createAsync(REQUEST).cache();
			second.subscribe();

			this.time.advanceTimeBy(Duration.ofSeconds(19));
			verifySent(1);
			this.time.advanceTimeBy(Duration.ofSeconds(1));

			assertThat(second.block(Duration.ofSeconds(30)).id()).isEqualTo("chatcmpl-1");
		}
		verifySent(2);
		assertThat(this.hook.successes).hasSize(2);
	}

	@Test
	void aBlockingCallWaitsOnItsOwnThreadUntilTheBudgetRefilled() throws Exception {
		answerExhausted();
		try (OpenAIClient client = limitedClient(RateLimitSettings.DEFAULTS)) {
			client.chatCompletions().create(REQUEST);
			CompletableFuture<ChatCompletion> second = CompletableFuture
				.supplyAsync(() -> client.chatCompletions().create(REQUEST));
			// its reservation is made: the next request is now 40 s away
			await().atMost(Duration.ofMinutes(1))
				.until(() -> this.store.tryAcquire(KEY, 0, Duration.ZERO).delay().equals(Duration.ofSeconds(40)));
			verifySent(1);

			// advanced until the wait is over, however late the waiting thread scheduled its delay
			await().atMost(Duration.ofMinutes(1)).until(() -> {
				this.time.advanceTimeBy(Duration.ofSeconds(20));
				return second.isDone();
			});
			assertThat(second.get(30, TimeUnit.SECONDS).id()).isEqualTo("chatcmpl-1");
		}
		verifySent(2);
	}

	@Test
	void aWaitLongerThanTheMaximumFailsAtOnceWithTheWaitAsRetryAfter() {
		answerExhausted();
		try (OpenAIClient client = limitedClient(RateLimitSettings.DEFAULTS.withMaxWait(Duration.ofSeconds(5)))) {
			client.chatCompletions().create(REQUEST);

			assertThatExceptionOfType(RateLimitException.class)
				.isThrownBy(() -> client.chatCompletions().createAsync(REQUEST).block(Duration.ofSeconds(30)))
				.satisfies((refused) -> assertThat(refused.retryAfter()).contains(Duration.ofSeconds(20)));
		}
		verifySent(1);
	}

	@Test
	void cancellingAWaitingCallSendsNothingAndGivesItsReservationBack() {
		answerExhausted();
		try (OpenAIClient client = limitedClient(RateLimitSettings.DEFAULTS)) {
			client.chatCompletions().create(REQUEST);
			Disposable waiting = client.chatCompletions().createAsync(REQUEST).subscribe();
			this.time.advanceTimeBy(Duration.ofSeconds(10));

			waiting.dispose();
			this.time.advanceTimeBy(Duration.ofMinutes(1));

			verifySent(1);
			// had the reservation been kept, the next request would be 40 s away
			assertThat(this.store.tryAcquire(KEY, 0, Duration.ZERO)).isEqualTo(RateLimitPermit.refused(Duration.ofSeconds(20)));
		}
		assertThat(this.hook.cancels).hasSize(1);
	}

	@Test
	void aStreamIsLimitedLikeAnyCallAndItsResponseHeadersCount() {
		String sse = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\","
				+ "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}\n\ndata: [DONE]\n\n";
		this.server.stubFor(post("/v1/chat/completions")
			.willReturn(exhausted(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(sse))));
		try (OpenAIClient client = limitedClient(RateLimitSettings.DEFAULTS.withMode(RateLimitMode.FAIL))) {
			assertThat(client.chatCompletions().streamAsync(REQUEST).map(ChatCompletionChunk::text).collectList()
				.block(Duration.ofSeconds(30))).containsExactly("Hi");

			assertThatExceptionOfType(RateLimitException.class)
				.isThrownBy(() -> client.chatCompletions().streamAsync(REQUEST).blockLast(Duration.ofSeconds(30)));
		}
		verifySent(1);
	}

	@Test
	void theHeadersOfA429TeachTheLimiterToo() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(exhausted(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-should-retry", "false")
			.withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}"))));
		try (OpenAIClient client = limitedClient(RateLimitSettings.DEFAULTS.withMode(RateLimitMode.FAIL))) {
			assertThatExceptionOfType(RateLimitException.class).isThrownBy(() -> client.chatCompletions().create(REQUEST))
				.satisfies((answered) -> assertThat(answered.isBeforeSending()).isFalse());
			assertThatExceptionOfType(RateLimitException.class).isThrownBy(() -> client.chatCompletions().create(REQUEST))
				.satisfies((refused) -> assertThat(refused.isBeforeSending()).isTrue());
		}
		verifySent(1);
	}

	@Test
	void onceLimitsAreReportedEachCallReservesItsEstimateAndTheUsageCorrectsIt() {
		this.server.stubFor(post("/v1/chat/completions")
			.withRequestBody(equalToJson("{\"model\":\"gpt-4o-mini\",\"max_completion_tokens\":1000}", true, true))
			.willReturn(okJson(COMPLETION).withHeader("x-ratelimit-limit-tokens", "10000")
				.withHeader("x-ratelimit-remaining-tokens", "9000")
				.withHeader("x-ratelimit-reset-tokens", "6s")));
		await().atMost(Duration.ofMinutes(2)).until(TokenEstimator::encodingLoaded);
		try (OpenAIClient client = limitedClient(RateLimitSettings.DEFAULTS)) {
			client.chatCompletions().create(REQUEST);
			client.chatCompletions().create(REQUEST);
		}
		// the first call is not estimated (no limits known yet); "Hello" is 1 token in o200k_base, plus the 1000 the
		// request allows
		assertThat(this.hook.starts).extracting((context) -> context.estimatedTokens()).containsExactly(null, 1001L);
		// 9000 reported, 1001 reserved by the second call (the server's 9000 is not lower), 1001 - 30 given back
		assertThat(this.store.headroom().collectList().block())
			.containsExactly(new RateLimitHeadroom(KEY, null, null, 10_000L, 9_000L - 1001 + 971));
	}

	@Test
	void nothingIsHeldBackBeforeTheServerReportedAnyLimit() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		try (OpenAIClient client = limitedClient(RateLimitSettings.DEFAULTS.withMode(RateLimitMode.FAIL))) {
			for (int i = 0; i < 5; i++) {
				client.chatCompletions().create(REQUEST);
			}
		}
		verifySent(5);
		assertThat(this.store.headroom().collectList().block()).isEmpty();
	}

	@Test
	void rateLimitHeadersAServerGarbledAreIgnoredAndNothingIsHeldBack() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)
			.withHeader("x-ratelimit-limit-requests", "lots")
			.withHeader("x-ratelimit-remaining-requests", "-")
			.withHeader("x-ratelimit-reset-requests", "soon")
			.withHeader("x-ratelimit-limit-tokens", "1e999")
			.withHeader("x-ratelimit-remaining-tokens", "")
			.withHeader("x-ratelimit-reset-tokens", "3 fortnights")));
		try (OpenAIClient client = limitedClient(RateLimitSettings.DEFAULTS.withMode(RateLimitMode.FAIL))) {
			for (int i = 0; i < 3; i++) {
				assertThat(client.chatCompletions().create(REQUEST).id()).isEqualTo("chatcmpl-1");
			}
		}
		verifySent(3);
		assertThat(this.hook.failures).isEmpty();
		assertThat(this.store.headroom().collectList().block()).isEmpty();
	}

	@Test
	void inOffModeTheHeadersChangeNothing() {
		answerExhausted();
		try (OpenAIClient client = limitedClient(RateLimitSettings.OFF)) {
			client.chatCompletions().create(REQUEST);
			client.chatCompletions().create(REQUEST);
		}
		verifySent(2);
		assertThat(this.hook.starts).allSatisfy((context) -> assertThat(context.estimatedTokens()).isNull());
	}

	@Test
	void theClientBuiltFromTheConfigurationLimitsByDefault() {
		answerExhausted();
		useClient(configBuilder().rateLimit(RateLimitSettings.DEFAULTS.withMaxWait(Duration.ZERO)).build());

		this.client.chatCompletions().create(REQUEST);

		assertThatExceptionOfType(RateLimitException.class).isThrownBy(() -> this.client.chatCompletions().create(REQUEST));
		verifySent(1);
		assertThat(this.client.orchestrator().rateLimiter().settings().mode()).isEqualTo(RateLimitMode.WAIT);
	}

}
