package dev.integrations.openai.bench;

import java.util.concurrent.CompletableFuture;

/**
 * One client under test, seen by the harness. Blocking targets implement the plain methods and are driven by one
 * platform thread per call in flight; asynchronous targets implement the {@code Async} methods and are driven
 * without extra threads.
 */
public interface BenchTarget extends AutoCloseable {

	/** @return the name printed in the report, such as {@code this-client-reactive} */
	String name();

	/** @return whether the harness should call the {@code Async} methods */
	boolean async();

	/**
	 * One non-streaming chat completion.
	 * @return the length of the reply text, to check that the body was really read
	 */
	default int chat() {
		throw new IllegalStateException(name() + " is asynchronous: the harness calls its Async methods");
	}

	/** @return the length of the reply text, when the call completes */
	default CompletableFuture<Integer> chatAsync() {
		throw new IllegalStateException(name() + " is blocking: the harness calls its plain methods");
	}

	/**
	 * One streamed chat completion, read to the end.
	 * @return the number of chunks received
	 */
	default int stream() {
		throw new IllegalStateException(name() + " is asynchronous: the harness calls its Async methods");
	}

	/** @return the number of chunks received, when the stream ends */
	default CompletableFuture<Integer> streamAsync() {
		throw new IllegalStateException(name() + " is blocking: the harness calls its plain methods");
	}

	/**
	 * Opens a stream that the server keeps open after its first chunk.
	 * @param firstChunk run once when the first chunk arrived
	 * @return closes the stream
	 */
	AutoCloseable openStream(Runnable firstChunk);

	@Override
	default void close() throws Exception {
	}

}
