package dev.integrations.openai.bench.jmh;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import dev.integrations.openai.common.RateLimitHeaders;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.ratelimit.LocalRateLimitStore;
import dev.integrations.openai.ratelimit.RateLimitKey;
import dev.integrations.openai.ratelimit.RateLimitSettings;
import dev.integrations.openai.ratelimit.RateLimiter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * The rate limiter's own cost per call on the local store, as the orchestrator pays it for an attempt of a model
 * whose limits are known (the budget is large, so it never waits): the permit composed in front of the attempt's
 * {@code Mono}, the response's {@code x-ratelimit-*} headers read and applied, and the usage correction. Next to it
 * the same attempt {@code Mono} without a limiter (mode {@code off}: the orchestrator skips it all), and, apart, the
 * token estimate of the benchmark's chat request (paid once per call, not per attempt).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RateLimiterBenchmark {

	private static final RateLimitKey KEY = new RateLimitKey("default", "proj_bench", "gpt-4o-mini");

	private static final TokenUsage USAGE = new TokenUsage(1200, 300);

	private static final long ESTIMATE = 1600;

	private final Mono<String> attempt = Mono.just("response");

	private final HttpHeaders headers = new HttpHeaders();

	private RateLimiter limiter;

	/** A limiter whose store knows the key, with a budget no benchmark run exhausts. */
	@Setup
	public void setUp() {
		this.headers.add("x-ratelimit-limit-requests", "1000000000");
		this.headers.add("x-ratelimit-remaining-requests", "999999999");
		this.headers.add("x-ratelimit-reset-requests", "1ms");
		this.headers.add("x-ratelimit-limit-tokens", "1000000000000");
		this.headers.add("x-ratelimit-remaining-tokens", "999999999999");
		this.headers.add("x-ratelimit-reset-tokens", "1ms");
		this.headers.add("content-type", "application/json");
		this.headers.add("x-request-id", "req_123");
		this.limiter = RateLimiter.of(RateLimitSettings.DEFAULTS.withMaxWait(Duration.ZERO), new LocalRateLimitStore(),
				"default", "proj_bench");
		this.limiter.observe(KEY, RateLimitHeaders.from(this.headers::getFirst));
		awaitTokenizer();
	}

	/**
	 * Waits until the estimates come from jtokkit (it loads on a thread of its own): "Hello" is 1 token in
	 * {@code o200k_base}, 2 by the length rule used meanwhile.
	 */
	private void awaitTokenizer() {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (this.limiter.estimate(KEY, "embeddings.create", Map.of("input", "Hello")) != 1) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("jtokkit did not load within 2 minutes");
			}
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
		}
	}

	/**
	 * Mode {@code off}: the attempt alone.
	 * @return the response
	 */
	@Benchmark
	public String off() {
		return this.attempt.block();
	}

	/**
	 * Mode {@code wait}, local store: permit, attempt, headers, usage.
	 * @return the response
	 */
	@Benchmark
	public String localStore() {
		String response = this.limiter.admit(KEY, ESTIMATE).then(this.attempt).block();
		this.limiter.observe(KEY, RateLimitHeaders.from(this.headers::getFirst));
		this.limiter.completed(KEY, ESTIMATE, USAGE);
		return response;
	}

	/**
	 * The token estimate of the benchmark's chat request, once jtokkit is loaded.
	 * @return the estimate
	 */
	@Benchmark
	public long estimateChatRequest() {
		return this.limiter.estimate(KEY, "chat.completions.create", Payloads.REQUEST);
	}

}
