package dev.integrations.openai.batches;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a batch input file: one JSON line {@code {"custom_id", "method": "POST", "url", "body"}} per request, the
 * body serialized with the wire conventions of the client. Any request object of the client can be a body (a chat
 * completion, embeddings or Responses API request), as can a {@code Map} or a Jackson tree.
 * <p>
 * Each {@code custom_id} must be unique, and every request must go to the same {@link BatchEndpoint}, which then
 * is the {@code endpoint} of the {@link CreateBatchRequest}. Not thread-safe; close it to flush and close the
 * target.
 * <pre>{@code
 * ByteArrayOutputStream file = new ByteArrayOutputStream();
 * try (BatchInputWriter writer = BatchInputWriter.to(file)) {
 *     writer.add("request-1", BatchEndpoint.EMBEDDINGS, embeddingRequest1);
 *     writer.add("request-2", BatchEndpoint.EMBEDDINGS, embeddingRequest2);
 * }
 * }</pre>
 */
public final class BatchInputWriter implements Closeable, Flushable {

	/** The most requests one batch input file may hold. */
	public static final int MAX_REQUESTS = 50_000;

	private static final String SUPPORTED_URLS = Arrays.stream(BatchEndpoint.values())
		.map(BatchEndpoint::url)
		.collect(Collectors.joining(", "));

	private final Writer out;

	private final JsonMapper mapper;

	private final Set<String> customIds = new HashSet<>();

	private @Nullable BatchEndpoint endpoint;

	private BatchInputWriter(Writer out, JsonMapper mapper) {
		this.out = out;
		this.mapper = mapper;
	}

	/**
	 * Writes to a character stream with the client's wire conventions ({@link OpenAIJson#mapper()}).
	 * @param out the target, closed with this writer
	 * @return the writer
	 */
	public static BatchInputWriter to(Writer out) {
		return to(out, OpenAIJson.mapper());
	}

	/**
	 * Writes UTF-8 to a byte stream with the client's wire conventions ({@link OpenAIJson#mapper()}).
	 * @param out the target, closed with this writer
	 * @return the writer
	 */
	public static BatchInputWriter to(OutputStream out) {
		return to(new OutputStreamWriter(out, StandardCharsets.UTF_8), OpenAIJson.mapper());
	}

	/**
	 * Writes to a character stream with a customized mapper (one derived from {@link OpenAIJson#builder()}).
	 * @param out the target, closed with this writer
	 * @param mapper the mapper that serializes the bodies; it must not indent
	 * @return the writer
	 */
	public static BatchInputWriter to(Writer out, JsonMapper mapper) {
		return new BatchInputWriter(new BufferedWriter(out), mapper);
	}

	/**
	 * Adds a request.
	 * @param customId the caller's ID of the request, unique within the file; results carry it back
	 * @param endpoint the endpoint, the same for every request of the file
	 * @param body the request body, such as a chat completion request
	 * @return this writer
	 * @throws OpenAIValidationException if the ID is blank or already used, the endpoint differs from the
	 * previous requests', or the file is full
	 */
	public BatchInputWriter add(String customId, BatchEndpoint endpoint, Object body) {
		Validation.notBlank("custom_id", customId);
		Validation.required("url", endpoint);
		Validation.required("body", body);
		if (this.endpoint != null && this.endpoint != endpoint) {
			throw new OpenAIValidationException("url", "url must be the same for every request of a batch file: "
					+ this.endpoint.url() + " was used before, got " + endpoint.url());
		}
		if (this.customIds.contains(customId)) {
			throw new OpenAIValidationException("custom_id",
					"custom_id must be unique within a batch file, " + customId + " was already added");
		}
		if (this.customIds.size() >= MAX_REQUESTS) {
			throw new OpenAIValidationException("custom_id",
					"a batch file holds at most " + MAX_REQUESTS + " requests, cannot add " + customId);
		}
		String line = this.mapper.writeValueAsString(new InputLine(customId, "POST", endpoint.url(), body));
		try {
			this.out.write(line);
			this.out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write batch input line " + customId, ex);
		}
		this.customIds.add(customId);
		this.endpoint = endpoint;
		return this;
	}

	/**
	 * Adds a request to an endpoint given by its relative URL.
	 * @param customId the caller's ID of the request, unique within the file
	 * @param url the relative URL, one of the {@link BatchEndpoint} URLs such as {@code /v1/chat/completions}
	 * @param body the request body
	 * @return this writer
	 * @throws OpenAIValidationException if the URL is not a batch endpoint, or as {@link #add(String,
	 * BatchEndpoint, Object)}
	 */
	public BatchInputWriter add(String customId, String url, Object body) {
		Validation.notBlank("url", url);
		BatchEndpoint target = BatchEndpoint.fromUrl(url)
			.orElseThrow(() -> new OpenAIValidationException("url",
					"url must be one of the batch endpoints (" + SUPPORTED_URLS + "), was " + url));
		return add(customId, target, body);
	}

	/** @return the endpoint of the requests written so far, or {@code null} before the first */
	public @Nullable BatchEndpoint endpoint() {
		return this.endpoint;
	}

	/** @return the number of requests written so far */
	public int size() {
		return this.customIds.size();
	}

	@Override
	public void flush() {
		try {
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not flush the batch input file", ex);
		}
	}

	@Override
	public void close() {
		try {
			this.out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not close the batch input file", ex);
		}
	}

	/**
	 * One line of the input file.
	 */
	private record InputLine(String customId, String method, String url, Object body) {

	}

}
