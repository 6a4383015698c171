package dev.integrations.openai.transport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import dev.integrations.openai.client.OpenAIConfig;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.codec.ServerSentEvent;
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

	private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE_TYPE = new ParameterizedTypeReference<>() {
	};

	private static final String DONE = "[DONE]";

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
	 */
	WebClientTransport(WebClient webClient, OpenAIConfig config, JsonMapper mapper, boolean reactorNetty) {
		this.webClient = webClient;
		this.config = config;
		this.mapper = mapper;
		this.errorMapper = new ErrorMapper(mapper, config.host(), config.maxInMemorySize());
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
			return send(request, MediaType.APPLICATION_JSON, deadline).toEntity(byte[].class)
				.map((entity) -> new ApiResponse<T>(entity.getStatusCode().value(), entity.getHeaders(),
						decode(entity.getBody(), type)))
				.timeout((deadline != null) ? deadline : Mono.delay(timeout), timedOut());
		}).onErrorMap((failure) -> this.errorMapper.map(failure, timeout));
	}

	@Override
	public Mono<ApiResponse<Flux<ServerSentEvent<String>>>> stream(ApiRequest request) {
		Duration idle = this.config.streamIdleTimeout();
		return idleTimeout(Mono.defer(() -> send(request, MediaType.TEXT_EVENT_STREAM, readTimeout(idle))
			.toEntityFlux(SSE_TYPE)), idle)
			.map((entity) -> new ApiResponse<>(entity.getStatusCode().value(), entity.getHeaders(),
					events(entity, idle)))
			.onErrorMap((failure) -> this.errorMapper.mapIdle(failure, idle));
	}

	@Override
	public Mono<ApiResponse<Flux<DataBuffer>>> download(ApiRequest request) {
		Duration idle = this.config.streamIdleTimeout();
		return idleTimeout(Mono.defer(() -> send(request, MediaType.ALL, readTimeout(idle))
			.toEntityFlux(DataBuffer.class)), idle)
			.map((entity) -> new ApiResponse<>(entity.getStatusCode().value(), entity.getHeaders(),
					idleTimeout(bodyOrEmpty(entity), idle)
						.onErrorMap((failure) -> this.errorMapper.mapIdle(failure, idle))))
			.onErrorMap((failure) -> this.errorMapper.mapIdle(failure, idle));
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

	private Flux<ServerSentEvent<String>> events(ResponseEntity<Flux<ServerSentEvent<String>>> entity,
			Duration idle) {
		AtomicBoolean done = new AtomicBoolean();
		return idleTimeout(bodyOrEmpty(entity), idle).<ServerSentEvent<String>>handle((event, sink) -> {
			String data = event.data();
			if (done.get()) {
				return;
			}
			if (DONE.equals(data)) {
				done.set(true);
			}
			else if (isError(event)) {
				sink.error(this.errorMapper.fromStreamEvent((data != null) ? data : ""));
			}
			else if (data != null) {
				sink.next(event);
			}
		}).onErrorResume((failure) -> done.get() ? Mono.empty()
				: Mono.error(this.errorMapper.mapIdle(failure, idle)));
	}

	@SuppressWarnings("unchecked")
	private static <T> Mono<T> timedOut() {
		return (Mono<T>) TIMED_OUT;
	}

	private static boolean isError(ServerSentEvent<String> event) {
		String data = event.data();
		return "error".equals(event.event()) || (data != null && data.startsWith("{\"error\""));
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
		return spec.retrieve().onStatus(HttpStatusCode::isError, this::toException);
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

	@SuppressWarnings("unchecked")
	private <T> T decode(byte[] body, JavaType type) {
		if (type.getRawClass() == String.class) {
			return (T) ((body != null) ? new String(body, StandardCharsets.UTF_8) : "");
		}
		if (type.getRawClass() == byte[].class) {
			return (T) ((body != null) ? body : new byte[0]);
		}
		if (body == null || body.length == 0) {
			throw new dev.integrations.openai.errors.OpenAIResponseException(
					"Empty response body where " + type.getRawClass().getSimpleName() + " was expected", null);
		}
		return this.mapper.readValue(body, type);
	}

}
