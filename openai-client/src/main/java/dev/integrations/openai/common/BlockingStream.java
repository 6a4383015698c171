package dev.integrations.openai.common;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Signal;

/**
 * A stream read on the caller's thread. Iterate it (once) or use {@link #stream()}; always close it, ideally with
 * try-with-resources: closing early cancels the request and closes the connection, so nothing more is read.
 * <p>
 * Elements that arrived before a failure are all delivered before the failure is thrown, in order.
 *
 * @param <T> the element type
 */
public final class BlockingStream<T> implements Iterable<T>, AutoCloseable {

	private static final int PREFETCH = 16;

	private final Stream<Signal<T>> signals;

	private final Stream<T> stream;

	private final Iterator<T> iterator;

	private BlockingStream(Flux<T> flux) {
		this.signals = flux.materialize().toStream(PREFETCH);
		this.iterator = new ElementIterator<>(this.signals.iterator());
		this.stream = StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(this.iterator, Spliterator.ORDERED | Spliterator.NONNULL),
					false)
			.onClose(this.signals::close);
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
	 * Cancels the underlying request if it is still running.
	 */
	@Override
	public void close() {
		this.stream.close();
	}

	/**
	 * Turns the materialized signals back into elements, throwing the error only once every element before it
	 * was taken.
	 */
	private static final class ElementIterator<T> implements Iterator<T> {

		private final Iterator<Signal<T>> signals;

		private @Nullable Signal<T> pending;

		ElementIterator(Iterator<Signal<T>> signals) {
			this.signals = signals;
		}

		@Override
		public boolean hasNext() {
			if (this.pending == null) {
				if (!this.signals.hasNext()) {
					return false;
				}
				this.pending = this.signals.next();
			}
			Signal<T> signal = this.pending;
			if (signal.isOnError()) {
				Throwable error = signal.getThrowable();
				throw (error instanceof RuntimeException runtime) ? runtime : Exceptions.propagate(error);
			}
			return signal.isOnNext();
		}

		@Override
		public T next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			Signal<T> signal = this.pending;
			this.pending = null;
			return signal.get();
		}

	}

}
