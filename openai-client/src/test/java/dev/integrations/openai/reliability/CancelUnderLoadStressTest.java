package dev.integrations.openai.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.integrations.openai.client.ClientInternals;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.transport.ApiRequest;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancels streams at random points (before the response, in the middle of an event split over two reads, after the
 * first chunk) from many threads while busy threads saturate the CPUs, under Netty's paranoid leak detection:
 * every body buffer has one owner, so no buffer is released twice (Netty's {@code IllegalReferenceCountException},
 * which surfaced as an {@code OpenAIResponseException}) and none leaks.
 */
class CancelUnderLoadStressTest extends ReliabilitySupport {

	private static final String CHUNK = "data: {\"id\":\"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG\",\"object\":"
			+ "\"chat.completion.chunk\",\"created\":1741570283,\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":"
			+ "[{\"index\":0,\"delta\":{\"content\":\"Hello\"},\"finish_reason\":null}]}\n\n";

	private static final int THREADS = 16;

	private static final int STREAMS_PER_THREAD = 20;

	private static final Queue<String> leaks = new ConcurrentLinkedQueue<>();

	private static ResourceLeakDetector.Level previousLevel;

	record Chunk(String id, List<Map<String, Object>> choices) {
	}

	@BeforeAll
	static void paranoidLeakDetection() {
		previousLevel = ResourceLeakDetector.getLevel();
		ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
		ByteBufUtil.setLeakListener((type, records) -> leaks.add(type + ": " + records));
	}

	@AfterAll
	static void restoreLeakDetection() {
		ByteBufUtil.setLeakListener(null);
		ResourceLeakDetector.setLevel(previousLevel);
	}

	private static ApiRequest request() {
		return ApiRequest.post("/chat/completions")
			.operation("chat.completions.create")
			.model("gpt-4o-mini")
			.jsonBody(Map.of("model", "gpt-4o-mini", "stream", true, "messages",
					List.of(Map.of("role", "user", "content", "Count to fifty"))))
			.build();
	}

	@Test
	void cancellingStreamsAtRandomPointsUnderCpuLoadNeitherLeaksNorDoubleReleasesBuffers() throws Exception {
		int split = CHUNK.length() / 2;
		String url = stub((request, response) -> response.header("Content-Type", "text/event-stream")
			.sendString(Flux.range(0, 50)
				.concatMap((i) -> Flux.just(CHUNK.substring(0, split), CHUNK.substring(split))
					.delayElements(Duration.ofMillis(1)))
				.concatWith(Flux.just("data: [DONE]\n\n"))));
		OpenAIClient client = client(config(url).streamIdleTimeout(Duration.ofSeconds(30))
			.responseTimeout(Duration.ofSeconds(30))
			.build());
		ApiExecutor executor = ClientInternals.executor(client);
		Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
		AtomicInteger finished = new AtomicInteger();
		AtomicBoolean busy = new AtomicBoolean(true);
		ExecutorService burners = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
			burners.submit(() -> {
				long spin = 0;
				while (busy.get()) {
					spin += Long.numberOfTrailingZeros(System.nanoTime());
				}
				return spin;
			});
		}
		ExecutorService callers = Executors.newFixedThreadPool(THREADS);
		CountDownLatch done = new CountDownLatch(THREADS * STREAMS_PER_THREAD);
		try {
			for (int t = 0; t < THREADS; t++) {
				callers.submit(() -> {
					for (int s = 0; s < STREAMS_PER_THREAD; s++) {
						runOne(executor, errors, finished, done);
					}
				});
			}
			assertThat(done.await(120, TimeUnit.SECONDS)).as("every stream ended").isTrue();
		}
		finally {
			busy.set(false);
			callers.shutdownNow();
			burners.shutdownNow();
		}

		assertThat(errors).as("errors of cancelled or completed streams").isEmpty();
		assertPoolDrained(client);
		triggerLeakReports();
		assertThat(leaks).as("leak reports").isEmpty();
		assertThat(finished).hasValue(THREADS * STREAMS_PER_THREAD);
	}

	private static void runOne(ApiExecutor executor, Queue<Throwable> errors, AtomicInteger finished,
			CountDownLatch done) {
		CountDownLatch ended = new CountDownLatch(1);
		Flux<Chunk> stream = executor.stream(CancelUnderLoadStressTest::request, Chunk.class);
		int point = ThreadLocalRandom.current().nextInt(4);
		try {
			if (point == 0) {
				// before the response (and so before any buffer): subscribe and cancel at once
				stream.doFinally((signal) -> ended.countDown()).subscribe(null, errors::add).dispose();
			}
			else if (point == 1) {
				// after the first chunk
				stream.take(1).doFinally((signal) -> ended.countDown()).subscribe(null, errors::add);
			}
			else {
				// anywhere, likely with half an event read: cancel after a random pause
				Disposable subscription = stream.doFinally((signal) -> ended.countDown()).subscribe(null, errors::add);
				Thread.sleep(ThreadLocalRandom.current().nextInt(1, 40));
				subscription.dispose();
			}
			if (!ended.await(60, TimeUnit.SECONDS)) {
				errors.add(new AssertionError("stream did not end"));
			}
			finished.incrementAndGet();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			done.countDown();
		}
	}

	/** Leaks are reported when a collected buffer's tracker is polled, on a later allocation. */
	private static void triggerLeakReports() throws InterruptedException {
		for (int i = 0; i < 5; i++) {
			System.gc();
			Thread.sleep(50);
			for (int j = 0; j < 100; j++) {
				PooledByteBufAllocator.DEFAULT.directBuffer(64).release();
			}
		}
	}

}
