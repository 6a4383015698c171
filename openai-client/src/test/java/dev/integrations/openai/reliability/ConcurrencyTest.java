package dev.integrations.openai.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.models.Model;
import dev.integrations.openai.models.ModelService;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One client and one service shared by many callers at once: 32 platform threads calling the blocking form and
 * 200 reactive subscribers, released together. Each call asks for its own model and must get its own body back.
 */
class ConcurrencyTest extends ReliabilitySupport {

	private static final int THREADS = 32;

	private static final int CALLS_PER_THREAD = 25;

	private static final int SUBSCRIBERS = 200;

	private String echoServer() {
		return stub((request, response) -> {
			String id = request.uri().substring(request.uri().lastIndexOf('/') + 1);
			return response.header("Content-Type", "application/json")
				.sendString(Mono.delay(Duration.ofMillis(2))
					.map((tick) -> "{\"id\": \"" + id + "\", \"object\": \"model\", \"created\": "
							+ (1_700_000_000L + id.hashCode()) + ", \"owned_by\": \"org-" + id + "\"}"));
		});
	}

	private static void assertOwnBody(Model model, String id) {
		assertThat(model.id()).isEqualTo(id);
		assertThat(model.ownedBy()).isEqualTo("org-" + id);
		assertThat(model.created()).isEqualTo(1_700_000_000L + id.hashCode());
	}

	@Test
	void oneServiceServesManyThreadsAndSubscribersAtOnce() throws Exception {
		// no attempt may time out and be retried, even on a saturated machine: every request is counted once below
		OpenAIClient client = client(config(echoServer()).responseTimeout(Duration.ofSeconds(60)).build());
		ModelService models = client.models();
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Integer>> blocking = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				blocking.add(threads.submit(() -> {
					go.await();
					for (int i = 0; i < CALLS_PER_THREAD; i++) {
						String id = "ft:gpt-4o-mini-2024-07-18:thread-" + thread + "::" + i;
						assertOwnBody(models.retrieve(id), id);
					}
					return CALLS_PER_THREAD;
				}));
			}
			Mono<Long> reactive = Flux.range(0, SUBSCRIBERS)
				.flatMap((i) -> {
					String id = "ft:gpt-4o-mini-2024-07-18:reactive::" + i;
					return models.retrieveAsync(id).doOnNext((model) -> assertOwnBody(model, id));
				}, SUBSCRIBERS)
				.count();

			go.countDown();
			Long reactiveCalls = reactive.block(Duration.ofSeconds(120));
			int blockingCalls = 0;
			for (Future<Integer> future : blocking) {
				blockingCalls += future.get(120, TimeUnit.SECONDS);
			}

			assertThat(reactiveCalls).isEqualTo(SUBSCRIBERS);
			assertThat(blockingCalls).isEqualTo(THREADS * CALLS_PER_THREAD);
			assertThat(this.stubRequests).hasValue(SUBSCRIBERS + THREADS * CALLS_PER_THREAD);
			assertThat(this.hook.retries).isEmpty();
			assertThat(this.hook.failures).isEmpty();
			assertPoolDrained(client);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void configurationIsImmutableOnceBuilt() {
		Map<String, String> headers = new HashMap<>(Map.of("X-Team", "search"));
		OpenAIConfig.Builder builder = OpenAIConfig.builder().apiKey("sk-proj-immutable1234").defaultHeaders(headers);
		OpenAIConfig config = builder.build();

		headers.put("X-Team", "billing");
		builder.defaultHeader("X-Later", "1").baseUrl("https://gateway.example.com/v1").maxConnections(5);

		assertThat(config.defaultHeaders()).containsExactly(Map.entry("X-Team", "search"));
		assertThat(config.baseUrl()).isEqualTo(OpenAIConfig.DEFAULT_BASE_URL);
		assertThat(config.maxConnections()).isEqualTo(1000);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> config.defaultHeaders().put("X-Evil", "1"));
		OpenAIConfig copy = config.toBuilder().defaultHeader("X-Copy", "1").build();
		assertThat(config.defaultHeaders()).doesNotContainKey("X-Copy");
		assertThat(copy.defaultHeaders()).containsKeys("X-Team", "X-Copy");
	}

}
