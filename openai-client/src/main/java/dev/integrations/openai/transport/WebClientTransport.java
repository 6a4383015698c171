package dev.integrations.openai.transport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.integrations.openai.client.OpenAIConfig;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.util.ConcurrentLruCache;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClientRequest;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link HttpTransport} on Spring's {@link WebClient}. Request bodies are written to bytes once per attempt;
 * response bodies are decoded with the shared {@link JsonMapper}; every failure goes through {@link ErrorMapper}.
 */
final class WebClientTransport implements HttpTransport {

	private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ERROR_PREFIX = "{\"error\"".getBytes(StandardCharsets.US_ASCII);


	/** The attempt number, as OpenAI's official SDKs send it: 0 on the first attempt, 1 on the first retry. */
	static final String RETRY_COUNT = "x-stainless-retry-count";

	private static final String[] RETRY_COUNTS = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" };

	/**
	 * The fallback of a call's timeout. With a fallback, Reactor's {@code timeout} operator does not describe itself
	 * for its exception: without one it names the operator chain with a regular expression on every subscription,
	 * 4 % of this client's CPU in the load benchmark.
	 */
	private static final Mono<Object> TIMED_OUT = Mono.error(TimeoutException::new);

	/** Paths whose URI is kept: every fixed path of the API, and the most recent paths naming an object id. */
	private static final int PATH_URI_CACHE_SIZE = 256;

	private final WebClient webClient;

	private final OpenAIConfig config;

	private final JsonMapper mapper;

	private final ErrorMapper errorMapper;

	private final ResponseBodies bodies;

	private final boolean reactorNetty;

	private final ConcurrentLruCache<String, URI> pathUris;

	/**
	 * Creates the transport.
	 * @param webClient the client, on {@code connector}
	 * @param config the configuration
	 * @param mapper the JSON mapper of the wire format
	 * @param reactorNetty whether the connector is Reactor Netty's: then timeouts run on the connection's event loop
	 * ({@link EventLoopDeadline} for calls, Reactor Netty's per-request {@code responseTimeout} between the reads of a
	 * stream) instead of Reactor's timer operators on {@code Schedulers.parallel()}
	 * @param redactor removes the credentials sent from the server's text in errors
	 */
	WebClientTransport(WebClient webClient, OpenAIConfig config, JsonMapper mapper, boolean reactorNetty,
			Redactor redactor) {
		this.webClient = webClient;
		this.config = config;
		this.mapper = mapper;
		this.errorMapper = new ErrorMapper(mapper, config.host(), config.maxInMemorySize(), redactor);
		this.bodies = new ResponseBodies(mapper, this.errorMapper);
		this.reactorNetty = reactorNetty;
		this.pathUris = new ConcurrentLruCache<>(PATH_URI_CACHE_SIZE, (path) -> URI.create(config.baseUrl() + path));
	}

	@Override
	public JsonMapper jsonMapper() {
		return this.mapper;
	}

	@Override
	public <T> Mono<ApiResponse<T>> exchange(ApiRequest request, JavaType type) {
		Duration timeout = (request.timeout() != null) ? request.timeout() : this.config.responseTimeout();
		return Mono.defer(() -> {
			EventLoopDeadline deadline = this.reactorNetty ? new EventLoopDeadline(timeout) : null;
			AtomicBoolean written = new AtomicBoolean();
			return send(request, MediaType.APPLICATION_JSON, marking(written, deadline)).toEntity(byte[].class)
				.map((entity) -> new ApiResponse<T>(entity.getStatusCode().value(), entity.getHeaders(),
						this.bodies.decode(entity, request, type)))
				.timeout((deadline != null) ? deadline : Mono.delay(timeout), timedOut())
				.onErrorMap((failure) -> this.errorMapper.map(failure, timeout, processed(request, written)));
		});
	}

	@Override
	public Mono<ApiResponse<Flux<SseEvent>>> stream(ApiRequest request) {
		Duration idle = this.config.streamIdleTimeout();
		return Mono.defer(() -> {
			AtomicBoolean written = new AtomicBoolean();
			return idleTimeout(send(request, MediaType.TEXT_EVENT_STREAM, marking(written, readTimeout(idle)))
				.toEntityFlux(DataBuffer.class), idle)
				.flatMap((entity) -> readable(entity, true))
				.map((entity) -> new ApiResponse<>(entity.getStatusCode().value(), entity.getHeaders(),
						events(entity, idle)))
				.onErrorMap((failure) -> this.errorMapper.mapIdle(failure, idle, processed(request, written)));
		});
	}

	@Override
	public Mono<ApiResponse<Flux<DataBuffer>>> download(ApiRequest request) {
		Duration idle = this.config.streamIdleTimeout();
		return idleTimeout(Mono.defer(() -> send(request, MediaType.ALL, readTimeout(idle))
			.toEntityFlux(DataBuffer.class)), idle)
			.flatMap((entity) -> readable(entity, false))
			.map((entity) -> new ApiResponse<>(entity.getStatusCode().value(), entity.getHeaders(),
					idleTimeout(bodyOrEmpty(entity), idle)
						.onErrorMap((failure) -> this.errorMapper.mapIdle(failure, idle))))
			.onErrorMap((failure) -> this.errorMapper.mapIdle(failure, idle));
	}

	/**
	 * Notes that the attempt's request goes out on a connection (WebClient calls this once the connection is there,
	 * just before writing the request), then runs {@code next}. A failure before it never reached the server.
	 */
	private static Consumer<ClientHttpRequest> marking(AtomicBoolean written,
			@Nullable Consumer<ClientHttpRequest> next) {
		return (outgoing) -> {
			written.set(true);
			if (next != null) {
				next.accept(outgoing);
			}
		};
	}

	/**
	 * Whether the server may have acted on the request: it is a POST (or PATCH), and it was written.
	 */
	private static boolean processed(ApiRequest request, AtomicBoolean written) {
		return written.get() && (HttpMethod.POST.equals(request.method()) || HttpMethod.PATCH.equals(request.method()));
	}

	/**
	 * On Reactor Netty, a stream's idle timeout is its per-request {@code responseTimeout}: one read-timeout handler
	 * on the connection, from the request until the end of the response, re-armed by every read without scheduling
	 * anything.
	 */
	private @Nullable Consumer<ClientHttpRequest> readTimeout(Duration idle) {
		return this.reactorNetty ? (request) -> request.<HttpClientRequest>getNativeRequest().responseTimeout(idle)
				: null;
	}

	/** Elsewhere, Reactor's timeout: before the response, then between two elements. */
	private <E> Mono<E> idleTimeout(Mono<E> response, Duration idle) {
		return this.reactorNetty ? response : response.timeout(idle);
	}

	private <E> Flux<E> idleTimeout(Flux<E> body, Duration idle) {
		return this.reactorNetty ? body : body.timeout(idle);
	}

	/**
	 * The events of a stream. The decoder owns each body buffer it is handed (nothing queues buffers before it);
	 * completing at {@code [DONE]} cancels the body, so Reactor Netty closes the connection at once even if the
	 * server keeps the response open.
	 */
	private Flux<SseEvent> events(ResponseEntity<Flux<DataBuffer>> entity, Duration idle) {
		Flux<DataBuffer> body = idleTimeout(bodyOrEmpty(entity), idle);
		return Flux.defer(() -> {
			SseDecoder decoder = new SseDecoder(this.config.maxInMemorySize());
			return body.map(decoder::decode).concatWith(Mono.fromSupplier(decoder::finish));
		}).flatMapIterable(Function.identity()).<SseEvent>handle((event, sink) -> {
			if (isDone(event)) {
				sink.complete();
			}
			else if (isError(event)) {
				sink.error(this.errorMapper.fromStreamEvent(event.dataAsString()));
			}
			else {
				sink.next(event);
			}
		}).onErrorMap((failure) -> this.errorMapper.mapIdle(failure, idle));
	}

	/**
	 * A 2xx response the client can read, or the typed error of one it cannot: compressed with an encoding the
	 * connector did not decode, or (for a stream) not an event stream. The error reads a short excerpt of the body
	 * and so gives the connection up.
	 */
	private Mono<ResponseEntity<Flux<DataBuffer>>> readable(ResponseEntity<Flux<DataBuffer>> entity,
			boolean eventStream) {
		int status = entity.getStatusCode().value();
		HttpHeaders headers = entity.getHeaders();
		String encoding = ResponseBodies.undecodedEncoding(headers);
		MediaType contentType = headers.getContentType();
		if (encoding == null && (!eventStream
				|| (contentType != null && MediaType.TEXT_EVENT_STREAM.equalsTypeAndSubtype(contentType)))) {
			return Mono.just(entity);
		}
		return DataBufferUtils.join(DataBufferUtils.takeUntilByteCount(bodyOrEmpty(entity), ResponseBodies.EXCERPT_BYTES))
			.map(WebClientTransport::bytes)
			.defaultIfEmpty(new byte[0])
			.flatMap((excerpt) -> Mono.error((encoding != null) ? this.errorMapper.undecodedEncoding(status, encoding)
					: this.errorMapper.notAnEventStream(status, contentType, excerpt)));
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> Mono<T> timedOut() {
		return (Mono<T>) TIMED_OUT;
	}

	private static boolean isDone(SseEvent event) {
		return Arrays.equals(DONE, event.data());
	}

	private static boolean isError(SseEvent event) {
		byte[] data = event.data();
		return "error".equals(event.event())
				|| Arrays.equals(data, 0, Math.min(data.length, ERROR_PREFIX.length), ERROR_PREFIX, 0, ERROR_PREFIX.length);
	}

	private static <B> Flux<B> bodyOrEmpty(ResponseEntity<Flux<B>> entity) {
		Flux<B> body = entity.getBody();
		return (body != null) ? body : Flux.empty();
	}

	/**
	 * Starts an attempt. Headers and content type are written onto the outgoing request, after WebClient's filters
	 * and just before the body: headers given to WebClient's request spec would be copied twice per call (into the
	 * {@code ClientRequest}, then onto the outgoing request), 13 % of this client's CPU per call in the benchmarks.
	 */
	private WebClient.ResponseSpec send(ApiRequest request, MediaType accept,
			@Nullable Consumer<ClientHttpRequest> onRequest) {
		WebClient.RequestBodySpec spec = this.webClient.method(request.method()).uri(uri(request));
		Object body = request.body();
		boolean multipart = body instanceof MultiValueMap<?, ?> && MediaType.MULTIPART_FORM_DATA.equals(request.contentType());
		MediaType contentType = (body != null && !multipart) ? request.contentType() : null;
		spec.httpRequest((outgoing) -> {
			writeHeaders(outgoing.getHeaders(), request, accept, contentType);
			if (onRequest != null) {
				onRequest.accept(outgoing);
			}
		});
		if (multipart) {
			@SuppressWarnings("unchecked")
			MultiValueMap<String, ?> parts = (MultiValueMap<String, ?>) body;
			spec.body(BodyInserters.fromMultipartData(parts));
		}
		else if (body instanceof byte[] text) {
			spec.bodyValue(text);
		}
		else if (body != null) {
			spec.bodyValue(this.mapper.writeValueAsBytes(body));
		}
		return spec.retrieve().onStatus((status) -> !status.is2xxSuccessful(), this::toException);
	}

	private void writeHeaders(HttpHeaders headers, ApiRequest request, MediaType accept,
			@Nullable MediaType contentType) {
		for (Map.Entry<String, String> header : this.config.defaultHeaders().entrySet()) {
			headers.set(header.getKey(), header.getValue());
		}
		headers.set(HttpHeaders.USER_AGENT, this.config.userAgent());
		headers.set(HttpHeaders.ACCEPT, accept.toString());
		if (contentType != null) {
			headers.setContentType(contentType);
		}
		if (!request.headers().isEmpty()) {
			request.headers().forEach(headers::put);
		}
		if (!headers.containsHeader(RETRY_COUNT)) {
			int retries = request.retryCount();
			headers.set(RETRY_COUNT, (retries < RETRY_COUNTS.length) ? RETRY_COUNTS[retries] : Integer.toString(retries));
		}
	}

	/**
	 * The request's URI. Without query parameters it comes from a small cache per path, since parsing the base URL
	 * again on every call cost 9 % of this client's CPU per call in the benchmarks.
	 */
	private URI uri(ApiRequest request) {
		if (request.query().isEmpty()) {
			return this.pathUris.get(request.path());
		}
		StringBuilder uri = new StringBuilder(this.config.baseUrl()).append(request.path());
		char separator = '?';
		for (Map.Entry<String, List<String>> parameter : request.query().entrySet()) {
			for (String value : parameter.getValue()) {
				uri.append(separator)
					.append(UriUtils.encodeQueryParam(parameter.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		return URI.create(uri.toString());
	}

	/**
	 * Reads an error response. A body over the in-memory limit (an HTML page from a proxy, say) is dropped, not
	 * turned into a size error: the status, which decides the exception type and whether to retry, still counts.
	 */
	private Mono<? extends Throwable> toException(ClientResponse response) {
		int status = response.statusCode().value();
		HttpHeaders headers = response.headers().asHttpHeaders();
		return response.bodyToMono(byte[].class)
			.defaultIfEmpty(new byte[0])
			.map((body) -> this.errorMapper.fromResponse(status, headers, body))
			.onErrorResume(WebClientTransport::isOverLimit,
					(tooLarge) -> Mono.just(this.errorMapper.fromOversizedResponse(status, headers)));
	}

	private static boolean isOverLimit(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataBufferLimitException) {
				return true;
			}
		}
		return false;
	}

}
