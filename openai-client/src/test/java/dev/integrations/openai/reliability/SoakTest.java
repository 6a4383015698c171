package dev.integrations.openai.reliability;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.integrations.openai.client.ConnectionPoolStats;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.models.Model;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.resilience.ClientHook;
import dev.integrations.openai.resilience.RequestContext;
import dev.integrations.openai.resilience.RetryEvent;
import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A bounded soak: 10,000 reactive calls, 200 in flight, against a stub that fails 5% of attempts (seeded, so a
 * run is repeatable) with 500, 503, 429 plus {@code retry-after-ms}, a reset, a body cut short, or no answer at all
 * (the response timeout ends the attempt). No call may hang, every failure must be a typed {@link OpenAIException}, every success
 * must carry its own body, and afterwards the pool must be drained, Netty must report no leaked buffer, and heap
 * and thread count must be back near their baseline. The figures are printed for the build log.
 */
class SoakTest extends ReliabilitySupport {

	private static final int CALLS = 10_000;

	private static final int IN_FLIGHT = 200;

	private static final int FAULT_PERCENT = 5;

	private static final long SEED = 20_250_301L;

	private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(3);

	/**
	 * Three attempts of at most the response timeout, the back-off between them, and slack for a machine whose CPUs are
	 * all busy (a load average of 20 on 2 CPUs made one call take 14 s); a hung call would take forever.
	 */
	private static final Duration CALL_BOUND = RESPONSE_TIMEOUT.multipliedBy(3).plusSeconds(20);

	/** The whole soak: about 15 s on an idle machine, 64 s at a load average of 20 on 2 CPUs. */
	private static final Duration GLOBAL_BOUND = Duration.ofSeconds(300);

	private static final long HEAP_TOLERANCE_BYTES = 64L * 1024 * 1024;

	private static final int THREAD_TOLERANCE = 4;

	private final Map<String, AtomicInteger> attemptsById = new ConcurrentHashMap<>();

	private final AtomicInteger faultsInjected = new AtomicInteger();

	private final ListAppender<ILoggingEvent> leakReports = new ListAppender<>();

	private final Logger leakLogger = (Logger) LoggerFactory.getLogger(ResourceLeakDetector.class);

	/** The stub's "error finishing response" and the client's "connection observed an error": one per fault. */
	private final List<Logger> quieted = List.of(
			(Logger) LoggerFactory.getLogger("reactor.netty.http.server.HttpServerOperations"),
			(Logger) LoggerFactory.getLogger("reactor.netty.http.client.HttpClientConnect"));

	private ResourceLeakDetector.Level leakLevel = ResourceLeakDetector.getLevel();

	@BeforeEach
	void detectEveryLeakAndQuietExpectedErrors() {
		this.leakLevel = ResourceLeakDetector.getLevel();
		ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.ADVANCED);
		this.leakReports.start();
		this.leakLogger.addAppender(this.leakReports);
		for (Logger logger : this.quieted) {
			logger.setLevel(Level.OFF);
		}
	}

	@AfterEach
	void restoreLogging() {
		this.leakLogger.detachAppender(this.leakReports);
		ResourceLeakDetector.setLevel(this.leakLevel);
		for (Logger logger : this.quieted) {
			logger.setLevel(null);
		}
	}

	@Test
	void tenThousandCallsWithFivePercentFaultsNeitherHangNorLoseNorLeak() {
		String url = stub(this::respond);
		CountingHook counts = new CountingHook();
		OpenAIClient client = register(OpenAIClient.builder()
			.config(config(url).responseTimeout(RESPONSE_TIMEOUT).maxConnections(IN_FLIGHT).build())
			.hook(counts)
			.build());
		ModelService models = client.models();

		run(models, -IN_FLIGHT * 2, 0, new SoakResult());
		assertPoolDrained(client);
		this.stubRequests.set(0);
		this.attemptsById.clear();
		this.faultsInjected.set(0);
		counts.reset();
		long heapBefore = usedHeapAfterGc();
		int threadsBefore = liveThreads();

		SoakResult result = new SoakResult();
		long start = System.nanoTime();
		run(models, 0, CALLS, result);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		assertPoolDrained(client);
		ConnectionPoolStats pool = poolStats(client);
		int serverAttempts = this.stubRequests.get();
		long calls = counts.starts.sum();
		int retries = counts.retries.intValue();
		long heapAfter = usedHeapAfterGc();
		// Netty reports a leaked buffer when the next buffers are allocated after the GC that found it
		run(models, CALLS, CALLS + 50, new SoakResult());
		int threadsAfter = liveThreads();

		System.out.printf("SOAK calls=%d in-flight=%d faults-injected=%d server-attempts=%d retries=%d successes=%d "
				+ "failures=%s hung=%d slowest-call=%dms lost=%d corrupted=%d untyped=%d pool=%s leaked-connections=%d "
				+ "leaked-buffers=%d heap-delta=%dKiB threads=%d->%d elapsed=%dms%n", CALLS, IN_FLIGHT,
				this.faultsInjected.get(), serverAttempts, retries, result.successes.sum(),
				result.failuresByType(), result.hung, result.slowest().toMillis(), result.lost.sum(),
				result.corrupted.sum(), result.untyped.sum(), pool, pool.active(), this.leakReports.list.size(),
				(heapAfter - heapBefore) / 1024, threadsBefore, threadsAfter, elapsed.toMillis());

		assertThat(result.hung).as("hung calls").isZero();
		assertThat(result.lost.sum()).as("calls that ended without a body or an error").isZero();
		assertThat(result.corrupted.sum()).as("successes carrying another call's body").isZero();
		assertThat(result.untyped.sum()).as("failures that are not an OpenAIException").isZero();
		assertThat(result.successes.sum() + result.failures.values().stream().mapToLong(LongAdder::sum).sum())
			.isEqualTo(CALLS);
		assertThat(this.faultsInjected.get()).as("faults injected").isBetween(CALLS * FAULT_PERCENT / 200,
				CALLS * FAULT_PERCENT * 2 / 100);
		assertThat(result.slowest()).as("slowest call").isLessThan(CALL_BOUND);
		assertThat(serverAttempts).as("attempts seen by the server: no hidden resend (an attempt that timed out "
				+ "before it was sent never arrives)")
			.isLessThanOrEqualTo(CALLS + retries);
		assertThat(calls).isEqualTo(CALLS);
		assertThat(elapsed).isLessThan(GLOBAL_BOUND);
		assertThat(pool.active()).isZero();
		assertThat(this.leakReports.list).as("Netty buffer leak reports")
			.extracting(ILoggingEvent::getFormattedMessage)
			.isEmpty();
		assertThat(heapAfter - heapBefore).as("heap growth").isLessThan(HEAP_TOLERANCE_BYTES);
		assertThat(threadsAfter).as("live threads").isLessThanOrEqualTo(threadsBefore + THREAD_TOLERANCE);
	}

	private void run(ModelService models, int from, int to, SoakResult result) {
		Mono<Void> all = Flux.range(from, to - from).flatMap((seq) -> call(models, seq, result), IN_FLIGHT).then();
		try {
			all.block(GLOBAL_BOUND);
		}
		catch (IllegalStateException timedOut) {
			// counted below: calls that did not end in time
		}
		result.hung = (to - from) - result.completed.intValue();
	}

	private Mono<Boolean> call(ModelService models, int seq, SoakResult result) {
		String id = modelId(seq);
		long[] start = new long[1];
		return models.retrieveAsync(id)
			.doOnSubscribe((subscription) -> start[0] = System.nanoTime())
			.map((model) -> {
				if (isIntact(model, seq)) {
					result.successes.increment();
				}
				else {
					result.corrupted.increment();
				}
				return true;
			})
			.switchIfEmpty(Mono.fromSupplier(() -> {
				result.lost.increment();
				return false;
			}))
			.onErrorResume((failure) -> {
				if (failure instanceof OpenAIException) {
					result.failures.computeIfAbsent(failure.getClass().getSimpleName(), (type) -> new LongAdder())
						.increment();
				}
				else {
					result.untyped.increment();
				}
				return Mono.just(false);
			})
			.doOnSuccess((ignored) -> result.completed(System.nanoTime() - start[0]));
	}

	private static String modelId(int seq) {
		return "ft:gpt-4o-mini-2024-07-18:soak::" + seq;
	}

	private static String owner(int seq) {
		return "org-" + Long.toHexString(seq * 0x9E3779B97F4A7C15L);
	}

	private static boolean isIntact(Model model, int seq) {
		return model.id().equals(modelId(seq)) && model.created() == 1_700_000_000L + seq
				&& owner(seq).equals(model.ownedBy());
	}

	private Publisher<Void> respond(HttpServerRequest request, HttpServerResponse response) {
		String id = request.uri().substring(request.uri().lastIndexOf('/') + 1);
		int seq = Integer.parseInt(id.substring(id.lastIndexOf(':') + 1));
		int attempt = this.attemptsById.computeIfAbsent(id, (key) -> new AtomicInteger()).incrementAndGet();
		SplittableRandom random = new SplittableRandom(SEED ^ (seq * 0x9E3779B97F4A7C15L) ^ attempt);
		String body = "{\"id\": \"" + id + "\", \"object\": \"model\", \"created\": " + (1_700_000_000L + seq)
				+ ", \"owned_by\": \"" + owner(seq) + "\"}";
		if (random.nextInt(100) >= FAULT_PERCENT) {
			return response.header("Content-Type", "application/json").sendString(Mono.just(body));
		}
		this.faultsInjected.incrementAndGet();
		return switch (random.nextInt(6)) {
			case 0 -> response.status(500).header("Content-Type", "application/json")
				.sendString(Mono.just("{\"error\": {\"message\": \"The server had an error while processing your "
						+ "request.\", \"type\": \"server_error\"}}"));
			case 1 -> response.status(503).header("Content-Type", "text/html")
				.sendString(Mono.just("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"));
			case 2 -> response.status(429).header("Content-Type", "application/json").header("retry-after-ms", "5")
				.sendString(Mono.just("{\"error\": {\"message\": \"Rate limit reached for requests\", \"type\": "
						+ "\"requests\", \"code\": \"rate_limit_exceeded\"}}"));
			case 3 -> reset(response);
			case 4 -> response.header("Content-Type", "application/json")
				.sendString(Flux.just(body.substring(0, 20)).concatWith(Flux.error(new IllegalStateException("cut"))));
			default -> Mono.never();
		};
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static int liveThreads() {
		int[] count = new int[1];
		await("threads of the last calls to end").atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> {
				int now = ManagementFactory.getThreadMXBean().getThreadCount();
				boolean stable = now == count[0];
				count[0] = now;
				return stable;
			});
		return count[0];
	}

	/**
	 * What the soak counted.
	 */
	static final class SoakResult {

		final LongAdder successes = new LongAdder();

		final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

		final LongAdder lost = new LongAdder();

		final LongAdder corrupted = new LongAdder();

		final LongAdder untyped = new LongAdder();

		final LongAdder completed = new LongAdder();

		final LongAccumulator slowestNanos = new LongAccumulator(Math::max, 0);

		volatile int hung;

		void completed(long nanos) {
			this.completed.increment();
			this.slowestNanos.accumulate(nanos);
		}

		Duration slowest() {
			return Duration.ofNanos(this.slowestNanos.get());
		}

		Map<String, Long> failuresByType() {
			Map<String, Long> byType = new TreeMap<>();
			this.failures.forEach((type, count) -> byType.put(type, count.sum()));
			return byType;
		}

	}

	/**
	 * Counts calls and retries without keeping them (a list of 10,000 would itself distort the heap figure).
	 */
	static final class CountingHook implements ClientHook {

		final LongAdder starts = new LongAdder();

		final LongAdder retries = new LongAdder();

		@Override
		public void onRequestStart(RequestContext context) {
			this.starts.increment();
		}

		@Override
		public void onRetry(RequestContext context, RetryEvent retry) {
			this.retries.increment();
		}

		void reset() {
			this.starts.reset();
			this.retries.reset();
		}

	}

}
