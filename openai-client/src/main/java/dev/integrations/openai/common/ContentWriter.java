package dev.integrations.openai.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes a streamed binary body (a file's content, generated speech) to a file or an output stream. Each buffer is
 * released as soon as it is written, so the body is never held in memory whatever its size. A target file is
 * created (or truncated) only once the response succeeded, so an error status leaves an existing file untouched;
 * if the body fails midway, the file keeps what was written so far.
 */
public final class ContentWriter {

	private static final int PREFETCH = 32;

	private ContentWriter() {
	}

	/**
	 * Writes a body to a file; nothing is requested until subscription.
	 * @param body the body buffers
	 * @param target the file, created or truncated when the first bytes (or the end of an empty body) arrive
	 * @return the number of bytes written
	 */
	public static Mono<Long> writeAsync(Flux<DataBuffer> body, Path target) {
		return Mono.defer(() -> {
			AtomicLong written = new AtomicLong();
			return body.switchOnFirst((first, all) -> first.isOnError() ? all.thenMany(Flux.<Long>empty())
					: DataBufferUtils
						.write(all.doOnNext((buffer) -> written.addAndGet(buffer.readableByteCount())), target,
								StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)
						.then(Mono.fromSupplier(written::get))
						.flux())
				.single();
		});
	}

	/**
	 * Writes a body to a file on the caller's thread, which blocks until the body ends.
	 * @param body the body buffers
	 * @param target the file, created or truncated when the first bytes (or the end of an empty body) arrive
	 * @return the number of bytes written
	 * @throws UncheckedIOException if the file cannot be written (the request is cancelled)
	 */
	public static long write(Flux<DataBuffer> body, Path target) {
		try (Stream<DataBuffer> buffers = stream(body)) {
			Iterator<DataBuffer> iterator = buffers.iterator();
			// waits for the response: an error status is thrown here, before the file is touched
			iterator.hasNext();
			try (OutputStream out = Files.newOutputStream(target)) {
				return copy(iterator, out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + target + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Writes a body to an output stream on the caller's thread, which blocks until the body ends; the stream is
	 * flushed, not closed.
	 * @param body the body buffers
	 * @param target the output stream
	 * @return the number of bytes written
	 * @throws UncheckedIOException if writing fails (the request is cancelled)
	 */
	public static long write(Flux<DataBuffer> body, OutputStream target) {
		try (Stream<DataBuffer> buffers = stream(body)) {
			return copy(buffers.iterator(), target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the response body: " + ex.getMessage(), ex);
		}
	}

	private static Stream<DataBuffer> stream(Flux<DataBuffer> body) {
		return body.doOnDiscard(DataBuffer.class, DataBufferUtils::release).toStream(PREFETCH);
	}

	private static long copy(Iterator<DataBuffer> buffers, OutputStream target) throws IOException {
		long written = 0;
		while (buffers.hasNext()) {
			DataBuffer buffer = buffers.next();
			try {
				written += buffer.readableByteCount();
				buffer.asInputStream().transferTo(target);
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		}
		target.flush();
		return written;
	}

}
