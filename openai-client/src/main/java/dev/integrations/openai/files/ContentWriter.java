package dev.integrations.openai.files;

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
 * released as soon as it is written, so the body is never held in memory whatever its size.
 */
public final class ContentWriter {

	private static final int PREFETCH = 32;

	private ContentWriter() {
	}

	/**
	 * Writes a body to a file, creating or truncating it; nothing is requested until subscription. If the body
	 * fails midway, the file keeps what was written so far.
	 * @param body the body buffers
	 * @param target the file
	 * @return the number of bytes written
	 */
	public static Mono<Long> writeAsync(Flux<DataBuffer> body, Path target) {
		return Mono.defer(() -> {
			AtomicLong written = new AtomicLong();
			Flux<DataBuffer> counted = body.doOnNext((buffer) -> written.addAndGet(buffer.readableByteCount()));
			return DataBufferUtils
				.write(counted, target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
						StandardOpenOption.WRITE)
				.then(Mono.fromSupplier(written::get));
		});
	}

	/**
	 * Writes a body to a file on the caller's thread, which blocks until the body ends, creating or truncating the
	 * file. If the body fails midway, the file keeps what was written so far.
	 * @param body the body buffers
	 * @param target the file
	 * @return the number of bytes written
	 * @throws UncheckedIOException if the file cannot be written (the request is cancelled)
	 */
	public static long write(Flux<DataBuffer> body, Path target) {
		try (OutputStream out = Files.newOutputStream(target)) {
			return write(body, out);
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
		long written = 0;
		try (Stream<DataBuffer> buffers = body.doOnDiscard(DataBuffer.class, DataBufferUtils::release)
			.toStream(PREFETCH)) {
			Iterator<DataBuffer> iterator = buffers.iterator();
			while (iterator.hasNext()) {
				DataBuffer buffer = iterator.next();
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
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the response body: " + ex.getMessage(), ex);
		}
	}

}
