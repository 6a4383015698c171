package dev.integrations.openai.internal;

import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.Headers;
import dev.integrations.openai.common.RawResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.resilience.RequestContext;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.transport.ApiRequest;
import dev.integrations.openai.transport.ApiResponse;
import dev.integrations.openai.transport.HttpTransport;
import dev.integrations.openai.transport.SseEvent;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a service needs to make calls: the {@link HttpTransport} wrapped in the {@link ResilienceOrchestrator}.
 * Each service method is one {@link ApiRequest} plus one call here, in blocking, reactive or streaming form.
 */
public final class ApiExecutor {

	private static final RequestOptions SINGLE_ATTEMPT = RequestOptions.builder().maxRetries(0).build();

	private final HttpTransport transport;

	private final ResilienceOrchestrator orchestrator;

	private final String host;

	private final int port;

	private final RequestOptions options;

	/**
	 * Creates an executor.
	 * @param transport the transport
	 * @param orchestrator the orchestrator
	 * @param host the API host, for monitoring
	 * @param port the API port, for monitoring
	 */
	public ApiExecutor(HttpTransport transport, ResilienceOrchestrator orchestrator, String host, int port) {
		this(transport, orchestrator, host, port, RequestOptions.NONE);
	}

	private ApiExecutor(HttpTransport transport, ResilienceOrchestrator orchestrator, String host, int port,
			RequestOptions options) {
		this.transport = transport;
		this.orchestrator = orchestrator;
		this.host = host;
		this.port = port;
		this.options = options;
	}

	/**
	 * An executor whose calls use these options on top of this executor's own; what a service's
	 * {@code withOptions} is built on.
	 * @param options the options
	 * @return the new executor
	 */
	public ApiExecutor withOptions(RequestOptions options) {
		return new ApiExecutor(this.transport, this.orchestrator, this.host, this.port, this.options.merge(options));
	}

	/** @return the JSON mapper of the wire format */
	public JsonMapper jsonMapper() {
		return this.transport.jsonMapper();
	}

	/**
	 * Starts a multipart form whose text fields are written with this client's mapper.
	 * @return an empty form
	 */
	public MultipartForm form() {
		return new MultipartForm(jsonMapper());
	}

	/** @return the orchestrator */
	public ResilienceOrchestrator orchestrator() {
		return this.orchestrator;
	}

	/**
	 * Calls reactively and decodes the body.
	 * @param <T> the body type
	 * @param request builds the request on subscription, so that validation errors become error signals
	 * @param type the body class
	 * @return the body
	 */
	public <T> Mono<T> mono(Supplier<ApiRequest> request, Class<T> type) {
		return monoOf(request, javaType(type));
	}

	/**
	 * Calls reactively and decodes a generic body.
	 * @param <T> the body type
	 * @param request builds the request on subscription, so that validation errors become error signals
	 * @param type the body type
	 * @return the body
	 */
	public <T> Mono<T> mono(Supplier<ApiRequest> request, ParameterizedTypeReference<T> type) {
		return monoOf(request, javaType(type.getType()));
	}

	/**
	 * Calls on the caller's thread and decodes the body.
	 * @param <T> the body type
	 * @param request the request
	 * @param type the body class
	 * @return the body
	 */
	public <T> T blocking(ApiRequest request, Class<T> type) {
		return blockingOf(request, javaType(type));
	}

	/**
	 * Calls on the caller's thread and decodes a generic body.
	 * @param <T> the body type
	 * @param request the request
	 * @param type the body type
	 * @return the body
	 */
	public <T> T blocking(ApiRequest request, ParameterizedTypeReference<T> type) {
		return blockingOf(request, javaType(type.getType()));
	}

	/**
	 * Calls reactively and decodes the body, keeping the status and headers (for operations that answer in a
	 * header, such as a {@code Location}).
	 * @param <T> the body type
	 * @param request builds the request on subscription, so that validation errors become error signals
	 * @param type the body class
	 * @return the response
	 */
	public <T> Mono<ApiResponse<T>> exchange(Supplier<ApiRequest> request, Class<T> type) {
		return Mono.defer(() -> {
			ApiRequest built = prepare(request.get());
			return this.orchestrator.<T>execute(context(built, false),
					() -> this.transport.exchange(built, javaType(type)))
				.map(this::observed);
		});
	}

	/**
	 * Calls on the caller's thread and decodes the body, keeping the status and headers.
	 * @param <T> the body type
	 * @param request the request
	 * @param type the body class
	 * @return the response
	 */
	public <T> ApiResponse<T> exchangeBlocking(ApiRequest request, Class<T> type) {
		ApiRequest built = prepare(request);
		return observed(this.orchestrator.<T>executeBlocking(context(built, false),
				() -> this.transport.exchange(built, javaType(type))));
	}

	/**
	 * Streams server-sent events whose data are JSON objects of one type.
	 * @param <T> the event type
	 * @param request builds the request on subscription, so that validation errors become error signals
	 * @param type the event class
	 * @return the events, up to {@code [DONE]}
	 */
	public <T> Flux<T> stream(Supplier<ApiRequest> request, Class<T> type) {
		JavaType javaType = javaType(type);
		return stream(request, (event) -> decodeEvent(event.data(), javaType));
	}

	/**
	 * Streams server-sent events decoded by a function (for streams whose event names select the type).
	 * @param <T> the event type
	 * @param request builds the request on subscription, so that validation errors become error signals
	 * @param decoder decodes one event
	 * @return the events, up to {@code [DONE]}
	 */
	public <T> Flux<T> stream(Supplier<ApiRequest> request, Function<SseEvent, T> decoder) {
		return Flux.defer(() -> {
			ApiRequest built = prepare(request.get());
			Supplier<ApiRequest> attempts = attempts(built);
			return this.orchestrator.executeStream(context(built, true), () -> this.transport.stream(attempts.get())
				.map((response) -> observed(new ApiResponse<>(response.statusCode(), response.headers(),
						response.body().map(decoder)))));
		});
	}

	/**
	 * Streams server-sent events on the caller's thread.
	 * @param <T> the event type
	 * @param request the request
	 * @param type the event class
	 * @return the blocking stream; close it to stop early
	 */
	public <T> BlockingStream<T> blockingStream(ApiRequest request, Class<T> type) {
		return BlockingStream.of(stream(() -> request, type));
	}

	/**
	 * Streams a binary body; retried only until the first bytes arrive.
	 * @param request builds the request on subscription, so that validation errors become error signals
	 * @return the body buffers, to be released by the consumer
	 */
	public Flux<DataBuffer> download(Supplier<ApiRequest> request) {
		return Flux.defer(() -> {
			ApiRequest built = prepare(request.get());
			Supplier<ApiRequest> attempts = attempts(built);
			return this.orchestrator.executeStream(context(built, true),
					() -> this.transport.download(attempts.get()).map(this::observed));
		});
	}

	/**
	 * Streams a binary body as read-only byte buffers the caller owns: each is a copy, and the pooled network buffer
	 * it came from is released here, also those still queued when the subscriber cancels or fails.
	 * @param request builds the request on subscription, so that validation errors become error signals
	 * @return the body, chunk by chunk as it arrives
	 */
	public Flux<ByteBuffer> downloadBytes(Supplier<ApiRequest> request) {
		return download(request).map(ApiExecutor::copyAndRelease).doOnDiscard(DataBuffer.class, DataBufferUtils::release);
	}

	private static ByteBuffer copyAndRelease(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	/**
	 * Decodes the JSON data of an event with the wire conventions; unreadable data becomes an
	 * {@link OpenAIResponseException}.
	 * @param <T> the target type
	 * @param data the JSON, UTF-8 encoded
	 * @param type the target type
	 * @return the value
	 */
	public <T> T decodeEvent(byte[] data, JavaType type) {
		try {
			return jsonMapper().readValue(data, type);
		}
		catch (JacksonException ex) {
			throw new OpenAIResponseException("Unreadable stream event from " + this.host + ": "
					+ ParseFailures.describe(ex.getOriginalMessage()), ParseFailures.scrub(ex));
		}
	}

	/**
	 * Resolves a Java type for the mapper.
	 * @param type the type
	 * @return the Jackson type
	 */
	public JavaType javaType(Type type) {
		return jsonMapper().getTypeFactory().constructType(type);
	}

	private <T> Mono<T> monoOf(Supplier<ApiRequest> request, JavaType type) {
		return Mono.defer(() -> {
			ApiRequest built = prepare(request.get());
			Supplier<ApiRequest> attempts = attempts(built);
			return this.orchestrator.<T>execute(context(built, false),
					() -> this.transport.exchange(attempts.get(), type))
				.map((response) -> observed(response).body());
		});
	}

	private <T> T blockingOf(ApiRequest request, JavaType type) {
		ApiRequest built = prepare(request);
		Supplier<ApiRequest> attempts = attempts(built);
		return observed(this.orchestrator.<T>executeBlocking(context(built, false),
				() -> this.transport.exchange(attempts.get(), type)))
			.body();
	}

	/** The request as this executor's options change it: their timeout, headers, query and body properties. */
	private ApiRequest prepare(ApiRequest request) {
		return BodyProperties.merge(request.withOptions(this.options), this.options.bodyProperties(), jsonMapper());
	}

	/** Tells the {@link RequestOptions#onResponse() response listener}, if any, of a response. */
	private <T> ApiResponse<T> observed(ApiResponse<T> response) {
		Consumer<RawResponse<?>> listener = this.options.onResponse();
		if (listener != null) {
			listener.accept(new RawResponse<>(response.statusCode(),
					Headers.of(response.headers().asMultiValueMap()), response.body()));
		}
		return response;
	}

	/**
	 * The request of each attempt of one call in turn, numbered by {@link ApiRequest#retryCount()}.
	 */
	private static Supplier<ApiRequest> attempts(ApiRequest request) {
		AtomicInteger next = new AtomicInteger();
		return () -> request.withRetryCount(next.getAndIncrement());
	}

	/** The context of a call; a request whose body cannot be sent again gets one attempt. */
	private RequestContext context(ApiRequest request, boolean streaming) {
		RequestOptions options = request.isRepeatable() ? this.options : this.options.merge(SINGLE_ATTEMPT);
		return this.orchestrator.newContext(request, this.host, this.port, streaming, options);
	}

}
