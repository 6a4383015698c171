package dev.integrations.openai.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import dev.integrations.openai.errors.ApiError;
import dev.integrations.openai.errors.OpenAIInterruptedException;
import dev.integrations.openai.errors.OpenAIStreamException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class BlockingStreamTest {

	private static final OpenAIStreamException FAILURE = new OpenAIStreamException(
			new ApiError("Rate limit reached", "rate_limit_error", null, null));

	@Test
	void elementsThatArrivedBeforeAnErrorAreAllDeliveredFirst() {
		Sinks.Many<String> sink = Sinks.many().unicast().onBackpressureBuffer();
		sink.tryEmitNext("Hel");
		sink.tryEmitNext("lo");
		sink.tryEmitError(FAILURE);
		List<String> seen = new ArrayList<>();

		try (BlockingStream<String> stream = BlockingStream.of(sink.asFlux())) {
			Iterator<String> iterator = stream.iterator();
			seen.add(iterator.next());
			seen.add(iterator.next());
			assertThatThrownBy(iterator::hasNext).isSameAs(FAILURE);
		}
		assertThat(seen).containsExactly("Hel", "lo");
	}

	@Test
	void completesAfterTheLastElement() {
		try (BlockingStream<Integer> stream = BlockingStream.of(Flux.range(1, 40))) {
			assertThat(stream.stream()).hasSize(40);
		}
	}

	@Test
	void closingEarlyCancelsTheSource() {
		AtomicBoolean cancelled = new AtomicBoolean();
		// an endless source driven by demand: Flux.interval would fail with an overflow error on a busy machine
		Flux<Long> endless = Flux.generate(() -> 0L, (next, sink) -> {
			sink.next(next);
			return next + 1;
		});
		try (BlockingStream<Long> stream = BlockingStream.of(endless.doOnCancel(() -> cancelled.set(true)))) {
			assertThat(stream.iterator().next()).isZero();
		}
		assertThat(cancelled).isTrue();
	}

	@Test
	void closeFromAnotherThreadWakesTheThreadBlockedInHasNextAndEndsTheIteration() throws Exception {
		AtomicBoolean cancelled = new AtomicBoolean();
		Sinks.Many<String> sink = Sinks.many().unicast().onBackpressureBuffer();
		sink.tryEmitNext("Hel");
		BlockingStream<String> stream = BlockingStream.of(sink.asFlux().doOnCancel(() -> cancelled.set(true)));
		Iterator<String> iterator = stream.iterator();
		assertThat(iterator.next()).isEqualTo("Hel");
		FutureTask<Boolean> reader = new FutureTask<>(iterator::hasNext);
		Thread thread = new Thread(reader, "blocked-reader");
		thread.start();
		awaitWaiting(thread);

		stream.close();

		assertThat(reader.get(30, TimeUnit.SECONDS)).isFalse();
		assertThat(cancelled).isTrue();
		assertThat(iterator.hasNext()).isFalse();
		assertThat(sink.tryEmitNext("lo")).isNotEqualTo(Sinks.EmitResult.OK);
	}

	@Test
	void interruptingABlockedReaderThrowsATypedExceptionRestoresTheFlagAndCancels() throws Exception {
		AtomicBoolean cancelled = new AtomicBoolean();
		Sinks.Many<String> sink = Sinks.many().unicast().onBackpressureBuffer();
		AtomicReference<Throwable> thrown = new AtomicReference<>();
		AtomicBoolean flagAfter = new AtomicBoolean();
		CountDownLatch reading = new CountDownLatch(1);
		Thread reader = new Thread(() -> {
			try (BlockingStream<String> stream = BlockingStream.of(sink.asFlux().doOnCancel(() -> cancelled.set(true)))) {
				reading.countDown();
				stream.iterator().hasNext();
			}
			catch (RuntimeException ex) {
				thrown.set(ex);
				flagAfter.set(Thread.currentThread().isInterrupted());
			}
		});
		reader.start();
		assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
		awaitWaiting(reader);

		reader.interrupt();
		reader.join(30_000);

		assertThat(reader.isAlive()).isFalse();
		assertThat(thrown.get()).isInstanceOf(OpenAIInterruptedException.class)
			.hasCauseInstanceOf(InterruptedException.class)
			.hasMessage("Interrupted while waiting for the next stream event");
		assertThat(flagAfter).isTrue();
		assertThat(cancelled).isTrue();
	}

	@Test
	void closingBeforeIteratingNeverSubscribes() {
		AtomicBoolean subscribed = new AtomicBoolean();
		BlockingStream<Integer> stream = BlockingStream.of(Flux.range(1, 3).doOnSubscribe((s) -> subscribed.set(true)));
		Iterator<Integer> iterator = stream.iterator();
		stream.close();
		assertThat(iterator.hasNext()).isFalse();
		assertThat(subscribed).isFalse();
	}

	@Test
	void readingOnANonBlockingThreadIsRefused() {
		try (BlockingStream<Long> stream = BlockingStream.of(Flux.never())) {
			Throwable failure = Mono.fromCallable(() -> stream.iterator().hasNext())
				.subscribeOn(Schedulers.parallel())
				.then(Mono.<Throwable>empty())
				.onErrorResume(Mono::just)
				.block(Duration.ofSeconds(30));
			assertThat(failure).isInstanceOf(IllegalStateException.class)
				.hasMessageStartingWith("BlockingStream cannot be read on a non-blocking thread");
		}
	}

	@Test
	void demandFollowsWhatTheReaderTook() {
		List<Long> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
		try (BlockingStream<Integer> stream = BlockingStream.of(Flux.range(1, 100).doOnRequest(requests::add))) {
			Iterator<Integer> iterator = stream.iterator();
			for (int i = 0; i < 13; i++) {
				iterator.next();
			}
			assertThat(requests).containsExactly(16L, 12L);
		}
	}

	/** Waits until the thread is parked waiting for the next element (generous bound for a loaded machine). */
	private static void awaitWaiting(Thread reader) {
		await().atMost(Duration.ofSeconds(30)).until(() -> reader.getState() == Thread.State.WAITING);
	}

}
