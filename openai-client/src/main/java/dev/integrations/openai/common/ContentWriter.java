package dev.integrations.openai.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Writes a streamed binary body (a file's content, generated speech) to a file or an output stream. Each buffer is
 * released as soon as it is written, so the body is never held in memory whatever its size. A target file is
 * written whole or not at all: the body goes to a hidden temporary file beside it, created once the response
 * succeeded, which replaces the target only when the body ended; an error status, a body that fails midway or a
 * cancelled download leave an existing target untouched and no temporary file behind.
 */
public final class ContentWriter {

	private static final int PREFETCH = 32;

	private ContentWriter() {
	}

	/**
	 * Writes a body to a file; nothing is requested until subscription. The temporary file is created and moved on
	 * {@code Schedulers.boundedElastic()}, never on an event loop.
	 * @param body the body buffers
	 * @param target the file, replaced once the whole body was written
	 * @return the number of bytes written
	 */
	public static Mono<Long> writeAsync(Flux<DataBuffer> body, Path target) {
		return Mono.defer(() -> {
			AtomicLong written = new AtomicLong();
			AtomicReference<Path> partial = new AtomicReference<>();
			return body
				.switchOnFirst((first, all) -> first.isOnError() ? all.thenMany(Flux.<Long>empty())
						: Mono.fromCallable(() -> partialFileFor(target))
							.subscribeOn(Schedulers.boundedElastic())
							.doOnNext(partial::set)
							.flatMap((file) -> DataBufferUtils
								.write(all.doOnNext((buffer) -> written.addAndGet(buffer.readableByteCount())), file,
										StandardOpenOption.WRITE)
								.then(Mono.fromCallable(() -> replace(file, target)).subscribeOn(Schedulers.boundedElastic())))
							.then(Mono.fromSupplier(written::get))
							.flux())
				.single()
				.doOnError((failure) -> deleteQuietly(partial.get()))
				.doOnCancel(() -> deleteQuietly(partial.get()));
		});
	}

	/**
	 * Writes a body to a file on the caller's thread, which blocks until the body ends.
	 * @param body the body buffers
	 * @param target the file, replaced once the whole body was written
	 * @return the number of bytes written
	 * @throws UncheckedIOException if the file cannot be written (the request is cancelled)
	 */
	public static long write(Flux<DataBuffer> body, Path target) {
		Path partial = null;
		try (Stream<DataBuffer> buffers = stream(body)) {
			Iterator<DataBuffer> iterator = buffers.iterator();
			// waits for the response: an error status is thrown here, before any file is touched
			iterator.hasNext();
			partial = partialFileFor(target);
			long written;
			try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.WRITE)) {
				written = copy(iterator, out);
			}
			replace(partial, target);
			return written;
		}
		catch (IOException ex) {
			deleteQuietly(partial);
			throw new UncheckedIOException("Cannot write " + target + ": " + ex.getMessage(), ex);
		}
		catch (RuntimeException | Error ex) {
			deleteQuietly(partial);
			throw ex;
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

	/** A new, empty, hidden file beside the target, in the same directory so that the final move is a rename. */
	private static Path partialFileFor(Path target) throws IOException {
		Path absolute = target.toAbsolutePath();
		return Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
	}

	/** Moves the written file onto the target, atomically where the file system can. */
	private static Path replace(Path partial, Path target) throws IOException {
		try {
			return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteQuietly(@Nullable Path partial) {
		if (partial != null) {
			try {
				Files.deleteIfExists(partial);
			}
			catch (IOException ex) {
				// the temporary file stays; the download's own failure is what the caller needs
			}
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
