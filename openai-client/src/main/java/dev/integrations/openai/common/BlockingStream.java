package dev.integrations.openai.common;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.integrations.openai.errors.OpenAIInterruptedException;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.Exceptions;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * A stream read on the caller's thread. Iterate it (once) or use {@link #stream()}; always close it, ideally with
 * try-with-resources: closing early cancels the request and closes the connection, so nothing more is read.
 * <p>
 * Elements that arrived before a failure are all delivered before the failure is thrown, in order.
 * <p>
 * {@link #close()} may be called from another thread (a "stop generating" button): a thread blocked in
 * {@code hasNext()} or {@code next()} then wakes at once and the iteration ends normally. Interrupting a thread blocked
 * in the iterator cancels the request and throws an {@link OpenAIInterruptedException}, with the thread's interrupt
 * flag set again. Iterating on a non-blocking thread (a Netty event loop) is refused.
 *
 * @param <T> the element type
 */
public final class BlockingStream<T> implements Iterable<T>, AutoCloseable {

	private static final int PREFETCH = 16;

	/** Elements taken before more are requested: three quarters of the prefetch, as Reactor's {@code limitRate}. */
	private static final int REPLENISH = PREFETCH - (PREFETCH >> 2);

	/** Queued when the source completes, or when the stream is closed, to wake the reading thread. */
	private static final Object END = new Object();

	private final Flux<T> flux;

	private final QueueSubscriber subscriber = new QueueSubscriber();

	private final AtomicBoolean started = new AtomicBoolean();

	private final Stream<T> stream;

	private volatile boolean closed;

	private final Iterator<T> iterator = new ElementIterator();

	private BlockingStream(Flux<T> flux) {
		this.flux = flux;
		this.stream = StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(this.iterator, Spliterator.ORDERED | Spliterator.NONNULL),
					false)
			.onClose(this::cancel);
	}

	/**
	 * Adapts a reactive stream; nothing is requested until iteration starts.
	 * @param <T> the element type
	 * @param flux the reactive stream
	 * @return the blocking view
	 */
	public static <T> BlockingStream<T> of(Flux<T> flux) {
		return new BlockingStream<>(flux);
	}

	@Override
	public Iterator<T> iterator() {
		return this.iterator;
	}

	/**
	 * The elements as a {@link Stream}; closing it closes this.
	 * @return the stream
	 */
	public Stream<T> stream() {
		return this.stream;
	}

	/**
	 * Sends the request and waits for the first event or the end, so that the response headers are known.
	 * @throws dev.integrations.openai.errors.OpenAIException if the stream failed before its first event
	 */
	void start() {
		this.iterator.hasNext();
	}

	/**
	 * Cancels the underlying request if it is still running; a thread blocked reading this stream wakes and sees
	 * its end. Safe to call from any thread, more than once.
	 */
	@Override
	public void close() {
		this.stream.close();
	}

	private void cancel() {
		this.closed = true;
		this.subscriber.cancel();
		this.subscriber.queue.offer(END);
	}

	/**
	 * Takes the signals of the source from a queue, in order, throwing the error only once every element before it
	 * was taken.
	 */
	private final class ElementIterator implements Iterator<T> {

		private @Nullable Object pending;

		private int taken;

		@Override
		public boolean hasNext() {
			if (this.pending == null) {
				if (BlockingStream.this.closed) {
					return false;
				}
				this.pending = take();
			}
			Object signal = this.pending;
			if (signal instanceof Failure failure) {
				Throwable error = failure.error();
				throw (error instanceof RuntimeException runtime) ? runtime : Exceptions.propagate(error);
			}
			return signal != END;
		}

		@Override
		@SuppressWarnings("unchecked")
		public T next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			T element = (T) this.pending;
			this.pending = null;
			if (++this.taken == REPLENISH) {
				this.taken = 0;
				BlockingStream.this.subscriber.request(REPLENISH);
			}
			return element;
		}

		private Object take() {
			QueueSubscriber source = BlockingStream.this.subscriber;
			Object next = source.queue.poll();
			if (next != null) {
				return next;
			}
			if (Schedulers.isInNonBlockingThread()) {
				throw new IllegalStateException("BlockingStream cannot be read on a non-blocking thread ("
						+ Thread.currentThread().getName() + "); use the reactive stream there");
			}
			if (BlockingStream.this.started.compareAndSet(false, true)) {
				BlockingStream.this.flux.subscribe(source);
			}
			try {
				return source.queue.take();
			}
			catch (InterruptedException ex) {
				cancel();
				Thread.currentThread().interrupt();
				throw new OpenAIInterruptedException("Interrupted while waiting for the next stream event", ex);
			}
		}

	}

	/** Queues what the source sends; requests only as much as the reader took. */
	private static final class QueueSubscriber extends BaseSubscriber<Object> {

		final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

		@Override
		protected void hookOnSubscribe(Subscription subscription) {
			subscription.request(PREFETCH);
		}

		@Override
		protected void hookOnNext(Object value) {
			this.queue.offer(value);
		}

		@Override
		protected void hookOnComplete() {
			this.queue.offer(END);
		}

		@Override
		protected void hookOnError(Throwable throwable) {
			this.queue.offer(new Failure(throwable));
		}

	}

	/** An error signal of the source, queued after the elements that came before it. */
	private record Failure(Throwable error) {
	}

}
