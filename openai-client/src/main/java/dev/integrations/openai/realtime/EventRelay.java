package dev.integrations.openai.realtime;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Operators;

/**
 * Hands a source's elements to one subscriber at a time, in order, without losing any between subscribers: it reads
 * ahead at most {@code prefetch} elements and asks the source for one more each time a subscriber takes one, so a
 * slow or absent subscriber holds the source back (back-pressure). A subscriber arriving after the end sees it at
 * once; a second concurrent subscriber is refused with an {@link IllegalStateException}.
 *
 * @param <T> the element type
 */
final class EventRelay<T> {

	private final Queue<T> queue = new ConcurrentLinkedQueue<>();

	private final AtomicReference<@Nullable Downstream<T>> current = new AtomicReference<>();

	private final AtomicInteger wip = new AtomicInteger();

	private final AtomicReference<@Nullable Subscription> upstream = new AtomicReference<>();

	private volatile boolean done;

	private volatile @Nullable Throwable error;

	/**
	 * Starts reading the source.
	 * @param source the source
	 * @param prefetch the elements read ahead of the subscribers
	 */
	EventRelay(Flux<T> source, int prefetch) {
		source.subscribe(new BaseSubscriber<T>() {

			@Override
			protected void hookOnSubscribe(Subscription subscription) {
				EventRelay.this.upstream.set(subscription);
				subscription.request(prefetch);
			}

			@Override
			protected void hookOnNext(T value) {
				EventRelay.this.queue.offer(value);
				drain();
			}

			@Override
			protected void hookOnComplete() {
				EventRelay.this.done = true;
				drain();
			}

			@Override
			protected void hookOnError(Throwable throwable) {
				EventRelay.this.error = throwable;
				EventRelay.this.done = true;
				drain();
			}

		});
	}

	/** @return the elements not taken yet, for one subscriber at a time */
	Flux<T> flux() {
		return Flux.create((sink) -> {
			Downstream<T> downstream = new Downstream<>(sink);
			if (!this.current.compareAndSet(null, downstream)) {
				sink.error(new IllegalStateException(
						"Realtime events are read by one subscriber at a time; another one is reading them"));
				return;
			}
			sink.onRequest((n) -> {
				downstream.requested.getAndUpdate((current) -> Operators.addCap(current, n));
				drain();
			});
			sink.onDispose(() -> {
				this.current.compareAndSet(downstream, null);
				drain();
			});
			drain();
		});
	}

	private void drain() {
		if (this.wip.getAndIncrement() != 0) {
			return;
		}
		int missed = 1;
		do {
			Downstream<T> downstream = this.current.get();
			if (downstream != null && !downstream.sink.isCancelled()) {
				T value;
				while (downstream.requested.get() > 0 && (value = this.queue.poll()) != null) {
					downstream.requested.decrementAndGet();
					downstream.sink.next(value);
					Subscription subscription = this.upstream.get();
					if (subscription != null) {
						subscription.request(1);
					}
				}
				if (this.done && this.queue.isEmpty()) {
					Throwable failure = this.error;
					this.current.compareAndSet(downstream, null);
					if (failure != null) {
						downstream.sink.error(failure);
					}
					else {
						downstream.sink.complete();
					}
				}
			}
			missed = this.wip.addAndGet(-missed);
		}
		while (missed != 0);
	}

	/** One subscriber and what it asked for. */
	private static final class Downstream<T> {

		final FluxSink<T> sink;

		final AtomicLong requested = new AtomicLong();

		Downstream(FluxSink<T> sink) {
			this.sink = sink;
		}

	}

}
