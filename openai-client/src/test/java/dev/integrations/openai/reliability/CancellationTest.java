package dev.integrations.openai.reliability;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.integrations.openai.client.ClientInternals;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.transport.ApiRequest;
import dev.integrations.openai.transport.SseEvent;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cancelling a call closes its connection: the server sees the disconnect, the pool has no active connection left,
 * and no event arriving afterwards is decoded.
 */
class CancellationTest extends ReliabilitySupport {

	private static final String CHUNK = "data: {\"id\":\"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG\",\"model\":"
			+ "\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"tick\"}}]}\n\n";

	/** A little longer than several 10 ms event intervals: enough for a late event to show up if one were read. */
	private static final Duration QUIET_PERIOD = Duration.ofMillis(200);

	record Chunk(String id, String model, List<Map<String, Object>> choices) {
	}

	private final CountDownLatch serverSawDisconnect = new CountDownLatch(1);

	private final AtomicInteger sent = new AtomicInteger();

	private final AtomicInteger decoded = new AtomicInteger();

	private String endlessStream() {
		return stub((request, response) -> response.header("Content-Type", "text/event-stream")
			.sendString(Flux.interval(Duration.ofMillis(10)).map((tick) -> {
				this.sent.incrementAndGet();
				return CHUNK;
			}).doOnCancel(this.serverSawDisconnect::countDown)));
	}

	private static ApiRequest request() {
		return ApiRequest.post("/chat/completions")
			.operation("chat.completions.create")
			.model("gpt-4o-mini")
			.jsonBody(Map.of("model", "gpt-4o-mini", "stream", true, "messages",
					List.of(Map.of("role", "user", "content", "Count forever"))))
			.build();
	}

	private Flux<Chunk> countingStream(ApiExecutor executor) {
		return executor.stream(CancellationTest::request, (SseEvent event) -> {
			this.decoded.incrementAndGet();
			return executor.<Chunk>decodeEvent(event.data(), executor.javaType(Chunk.class));
		});
	}

	private void assertDisconnectedAndQuiet(OpenAIClient client, int decodedAtCancel) throws InterruptedException {
		assertThat(this.serverSawDisconnect.await(5, TimeUnit.SECONDS)).as("server saw the disconnect").isTrue();
		assertPoolDrained(client);
		int sentAtDisconnect = this.sent.get();
		Thread.sleep(QUIET_PERIOD.toMillis());
		assertThat(this.sent.get()).as("events sent after the disconnect").isEqualTo(sentAtDisconnect);
		assertThat(this.decoded.get()).as("events decoded after the cancellation").isEqualTo(decodedAtCancel);
		assertThat(poolStats(client).total()).as("the cancelled connection is closed, not reused").isZero();
	}

	@Test
	void cancellingAStreamSubscriptionClosesTheConnection() throws InterruptedException {
		OpenAIClient client = client(config(endlessStream()).build());

		List<Chunk> received = countingStream(ClientInternals.executor(client)).take(3)
			.collectList()
			.block(Duration.ofSeconds(10));

		assertThat(received).hasSize(3).allSatisfy((chunk) -> assertThat(chunk.model()).isEqualTo("gpt-4o-mini-2024-07-18"));
		assertThat(this.decoded).hasValue(3);
		assertThat(this.hook.cancels).hasSize(1);
		assertDisconnectedAndQuiet(client, 3);
	}

	@Test
	void cancellingInTheMiddleOfOneReadOfManyEventsDecodesNoFurtherEvent() throws InterruptedException {
		// twenty events in one write, so one read of the body completes them all; the third one cancels (on the event
		// loop, inside the loop that hands out that read's events): none after it may be decoded
		String url = stub((request, response) -> response.header("Content-Type", "text/event-stream")
			.sendString(Flux.just(CHUNK.repeat(20)).concatWith(Flux.never()))
			.then()
			.doOnCancel(this.serverSawDisconnect::countDown));
		OpenAIClient client = client(config(url).build());

		List<Chunk> received = countingStream(ClientInternals.executor(client)).take(3)
			.collectList()
			.block(Duration.ofSeconds(30));

		assertThat(received).hasSize(3);
		assertThat(this.decoded).as("events decoded after the cancellation").hasValue(3);
		assertThat(this.serverSawDisconnect.await(30, TimeUnit.SECONDS)).as("server saw the disconnect").isTrue();
		assertPoolDrained(client);
		assertThat(this.decoded).hasValue(3);
	}

	@Test
	void disposingAStreamSubscriptionMidwayClosesTheConnection() throws InterruptedException {
		OpenAIClient client = client(config(endlessStream()).build());
		AtomicInteger received = new AtomicInteger();

		Disposable subscription = countingStream(ClientInternals.executor(client)).subscribe((chunk) -> received.incrementAndGet());
		await().atMost(Duration.ofSeconds(5)).until(() -> received.get() >= 5);
		subscription.dispose();
		// an event being decoded on the event loop while the subscription is disposed is decoded, then dropped
		assertThat(this.serverSawDisconnect.await(5, TimeUnit.SECONDS)).as("server saw the disconnect").isTrue();
		int decodedAtCancel = this.decoded.get();

		assertDisconnectedAndQuiet(client, decodedAtCancel);
		assertThat(received.get()).isBetween(decodedAtCancel - 1, decodedAtCancel);
	}

	@Test
	void closingTheBlockingIteratorEarlyClosesTheConnection() throws InterruptedException {
		OpenAIClient client = client(config(endlessStream()).build());
		int decodedAtClose;

		try (BlockingStream<Chunk> stream = BlockingStream.of(countingStream(ClientInternals.executor(client)))) {
			Iterator<Chunk> chunks = stream.iterator();
			for (int i = 0; i < 4; i++) {
				assertThat(chunks.next().id()).isEqualTo("chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG");
			}
			stream.close();
			decodedAtClose = this.decoded.get();
		}

		assertDisconnectedAndQuiet(client, decodedAtClose);
	}

	@Test
	void closingFromAnotherThreadWakesTheReaderBlockedOnAStalledStreamAndClosesTheConnection() throws Exception {
		String url = stub((request, response) -> response.header("Content-Type", "text/event-stream")
			.sendString(Flux.just(CHUNK).concatWith(Flux.never()))
			.then()
			.doOnCancel(this.serverSawDisconnect::countDown));
		OpenAIClient client = client(config(url).streamIdleTimeout(Duration.ofMinutes(5)).build());
		BlockingStream<Chunk> stream = BlockingStream.of(countingStream(ClientInternals.executor(client)));
		AtomicInteger read = new AtomicInteger();
		java.util.concurrent.FutureTask<Integer> reader = new java.util.concurrent.FutureTask<>(() -> {
			for (Chunk chunk : stream) {
				read.incrementAndGet();
			}
			return read.get();
		});
		Thread thread = new Thread(reader, "stalled-stream-reader");
		thread.start();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> read.get() == 1 && thread.getState() == Thread.State.WAITING);

		stream.close();

		assertThat(reader.get(30, TimeUnit.SECONDS)).as("chunks read before the close").isEqualTo(1);
		assertThat(this.serverSawDisconnect.await(30, TimeUnit.SECONDS)).as("server saw the disconnect").isTrue();
		assertPoolDrained(client);
		assertThat(this.hook.cancels).hasSize(1);
	}

	@Test
	void cancellingACallWaitingForItsResponseClosesTheConnection() throws InterruptedException {
		String url = stub((request, response) -> Mono.<Void>never().doOnCancel(this.serverSawDisconnect::countDown));
		OpenAIClient client = client(config(url).build());

		Disposable call = client.models().retrieveAsync("gpt-4o-mini").subscribe();
		await().atMost(Duration.ofSeconds(5)).until(() -> poolStats(client).active() == 1);
		call.dispose();

		assertThat(this.serverSawDisconnect.await(5, TimeUnit.SECONDS)).as("server saw the disconnect").isTrue();
		assertPoolDrained(client);
		assertThat(this.hook.cancels).hasSize(1);
		assertThat(this.stubRequests).hasValue(1);
	}

}
