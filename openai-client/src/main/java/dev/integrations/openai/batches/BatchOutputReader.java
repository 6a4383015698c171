package dev.integrations.openai.batches;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.StringDecoder;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import tools.jackson.core.JacksonException;

/**
 * Reads a batch output or error file (JSONL) into {@link BatchResult}s, one per line, so that each outcome can be
 * matched to its request by {@code custom_id}. Lines are read one at a time, so files of any size stream in
 * constant memory; blank lines are skipped.
 * <pre>{@code
 * try (Stream<BatchResult> results = BatchOutputReader.lines(outputFile)) {
 *     results.filter(BatchResult::isSuccessful)
 *         .forEach(result -> handle(result.customId(), result.response().body(ChatCompletion.class)));
 * }
 * }</pre>
 */
public final class BatchOutputReader {

	/** The longest line the reactive {@link #decode(Publisher)} accepts: 64 MiB. */
	public static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

	private BatchOutputReader() {
	}

	/**
	 * Streams the results of a file, reading a line when the stream needs the next element.
	 * @param reader the file; closed when the stream is closed
	 * @return the results in file order; close the stream when done
	 * @throws OpenAIResponseException (when consumed) if a line is not a batch result
	 */
	public static Stream<BatchResult> lines(Reader reader) {
		BufferedReader buffered = (reader instanceof BufferedReader br) ? br : new BufferedReader(reader);
		AtomicLong lineNumber = new AtomicLong();
		return buffered.lines()
			.map((line) -> parseLine(line, lineNumber.incrementAndGet()))
			.filter((result) -> result != null)
			.map(BatchResult.class::cast)
			.onClose(() -> close(buffered));
	}

	/**
	 * Streams the results of a UTF-8 file, reading a line when the stream needs the next element.
	 * @param in the file; closed when the stream is closed
	 * @return the results in file order; close the stream when done
	 */
	public static Stream<BatchResult> lines(InputStream in) {
		return lines(new InputStreamReader(in, StandardCharsets.UTF_8));
	}

	/**
	 * Reads a whole UTF-8 file and closes it.
	 * @param in the file
	 * @return the results by {@code custom_id}, in file order
	 * @throws OpenAIResponseException if a line is not a batch result
	 * @throws IllegalArgumentException if two lines share a {@code custom_id}
	 */
	public static Map<String, BatchResult> readAll(InputStream in) {
		try (Stream<BatchResult> results = lines(in)) {
			return byCustomId(results.toList());
		}
	}

	/**
	 * Decodes a file as it downloads (such as the content of the output file from the Files API), splitting
	 * lines across buffer boundaries and releasing each buffer.
	 * @param content the UTF-8 content
	 * @return the results in file order
	 */
	public static Flux<BatchResult> decode(Publisher<DataBuffer> content) {
		StringDecoder decoder = StringDecoder.allMimeTypes(List.of("\n"), true);
		decoder.setMaxInMemorySize(MAX_LINE_BYTES);
		AtomicLong lineNumber = new AtomicLong();
		return Flux.defer(() -> decoder.decode(content, ResolvableType.forClass(String.class), null, null))
			.handle((line, sink) -> {
				BatchResult result = parseLine(line, lineNumber.incrementAndGet());
				if (result != null) {
					sink.next(result);
				}
			});
	}

	/**
	 * Indexes results by {@code custom_id}, such as the lines of an output file and its error file together.
	 * @param results the results
	 * @return the results by {@code custom_id}, in their original order
	 * @throws IllegalArgumentException if two results share a {@code custom_id}
	 */
	public static Map<String, BatchResult> byCustomId(Iterable<BatchResult> results) {
		Map<String, BatchResult> map = new LinkedHashMap<>();
		for (BatchResult result : results) {
			if (map.putIfAbsent(result.customId(), result) != null) {
				throw new IllegalArgumentException("Batch results contain custom_id " + result.customId() + " twice");
			}
		}
		return Collections.unmodifiableMap(map);
	}

	private static @Nullable BatchResult parseLine(String line, long lineNumber) {
		if (line.isBlank()) {
			return null;
		}
		try {
			return OpenAIJson.mapper().readValue(line, BatchResult.class);
		}
		catch (JacksonException ex) {
			throw new OpenAIResponseException(
					"Unreadable batch result on line " + lineNumber + ": " + ex.getOriginalMessage(), ex);
		}
	}

	private static void close(Reader reader) {
		try {
			reader.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not close the batch file", ex);
		}
	}

}
