package dev.integrations.openai.common;

import java.util.Iterator;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;

/**
 * A stream read on the caller's thread. Iterate it (once) or use {@link #stream()}; always close it, ideally with
 * try-with-resources: closing early cancels the request and closes the connection, so nothing more is read.
 *
 * @param <T> the element type
 */
public final class BlockingStream<T> implements Iterable<T>, AutoCloseable {

	private final Stream<T> stream;

	private BlockingStream(Stream<T> stream) {
		this.stream = stream;
	}

	/**
	 * Adapts a reactive stream; nothing is requested until iteration starts.
	 * @param <T> the element type
	 * @param flux the reactive stream
	 * @return the blocking view
	 */
	public static <T> BlockingStream<T> of(Flux<T> flux) {
		return new BlockingStream<>(flux.toStream(16));
	}

	@Override
	public Iterator<T> iterator() {
		return this.stream.iterator();
	}

	/**
	 * The elements as a {@link Stream}; closing it closes this.
	 * @return the stream
	 */
	public Stream<T> stream() {
		return this.stream;
	}

	/**
	 * Cancels the underlying request if it is still running.
	 */
	@Override
	public void close() {
		this.stream.close();
	}

}
