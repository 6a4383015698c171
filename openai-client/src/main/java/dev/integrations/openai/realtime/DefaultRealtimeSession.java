package dev.integrations.openai.realtime;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.errors.ApiError;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.OpenAIStreamException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.resilience.CallResult;
import dev.integrations.openai.resilience.ClientHook;
import dev.integrations.openai.resilience.RequestContext;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.Connection;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One WebSocket connection: decodes text frames into events handed to one subscriber at a time through an
 * {@link EventRelay} (so the socket is read only as fast as they are taken), writes events, ends the events with a
 * typed error unless the caller closed the session, and reports the session to the hooks once.
 */
final class DefaultRealtimeSession implements RealtimeSession {

	/** Events read ahead of the subscribers; beyond that the socket is no longer read. */
	private static final int PREFETCH = 32;

	private final WebsocketOutbound outbound;

	private final RequestContext context;

	private final ClientHook hooks;

	private final JsonMapper jsonMapper;

	private final HttpHeaders handshakeHeaders = new HttpHeaders();

	private final Sinks.Empty<Void> lifetime = Sinks.empty();

	private final EventRelay<RealtimeServerEvent> events;

	private final AtomicBoolean closedByCaller = new AtomicBoolean();

	private final AtomicBoolean reported = new AtomicBoolean();

	private final AtomicReference<@Nullable OpenAIException> failure = new AtomicReference<>();

	private final AtomicLong inputTokens = new AtomicLong();

	private final AtomicLong outputTokens = new AtomicLong();

	private volatile boolean usageSeen;

	private volatile @Nullable Connection connection;

	DefaultRealtimeSession(WebsocketInbound inbound, WebsocketOutbound outbound, RequestContext context,
			ClientHook hooks, JsonMapper jsonMapper, Duration idleTimeout, int maxEventSize) {
		this.outbound = outbound;
		this.context = context;
		this.hooks = hooks;
		this.jsonMapper = jsonMapper;
		inbound.headers().forEach((entry) -> this.handshakeHeaders.add(entry.getKey(), entry.getValue()));
		inbound.withConnection((connection) -> {
			this.connection = connection;
			connection.onReadIdle(idleTimeout.toMillis(), () -> fail(new OpenAITimeoutException(
					"Realtime session received nothing for " + idleTimeout, idleTimeout, null)));
		});
		Flux<RealtimeServerEvent> source = inbound.aggregateFrames(maxEventSize)
			.receiveFrames()
			.ofType(TextWebSocketFrame.class)
			.map((frame) -> decode(frame.text()))
			.doOnNext(this::received)
			.concatWith(Mono.defer(this::ending))
			.doOnError(this::end)
			.doOnComplete(() -> end(null))
			.doFinally((signal) -> this.lifetime.tryEmitEmpty());
		this.events = new EventRelay<>(source, PREFETCH);
	}

	/** @return completes when the connection should close: the handler's publisher */
	Mono<Void> lifetime() {
		return this.lifetime.asMono();
	}

	/** The connection failed after the upgrade (reset, TLS error). */
	void connectionFailed(Throwable error) {
		fail(new OpenAIConnectionException("Realtime connection to " + this.context.serverAddress() + " failed",
				error));
	}

	@Override
	public Flux<RealtimeServerEvent> events() {
		return this.events.flux();
	}

	@Override
	public Mono<Void> sendAsync(RealtimeClientEvent event) {
		return Mono.defer(() -> {
			if (this.closedByCaller.get() || this.failure.get() != null || this.reported.get()) {
				return Mono.error(new OpenAIConnectionException("Realtime session is closed",
						new IllegalStateException("closed")));
			}
			String json = this.jsonMapper.writerFor(RealtimeClientEvent.class).writeValueAsString(event);
			return this.outbound.sendString(Mono.just(json))
				.then()
				.doOnSuccess((done) -> this.hooks.onRealtimeEventSent(this.context, event.type()))
				.onErrorMap((error) -> !(error instanceof OpenAIException),
						(error) -> new OpenAIConnectionException("Realtime event could not be sent", error));
		});
	}

	@Override
	public Mono<RealtimeResponse> awaitResponseAsync() {
		return events().<RealtimeResponse>handle((event, sink) -> {
			if (event instanceof RealtimeResponseDoneEvent done) {
				sink.next(done.response());
			}
			else if (event instanceof RealtimeErrorEvent error) {
				sink.error(new OpenAIStreamException(error.error().toApiError()));
			}
		})
			.next()
			.switchIfEmpty(Mono.error(() -> new OpenAIConnectionException("Realtime session closed before a response",
					new IllegalStateException("closed"))));
	}

	@Override
	public void close() {
		if (this.closedByCaller.compareAndSet(false, true)) {
			this.outbound.sendClose(1000, "client closed")
				.onErrorResume((error) -> Mono.empty())
				.doFinally((signal) -> disconnect())
				.subscribe();
		}
	}

	private void disconnect() {
		this.lifetime.tryEmitEmpty();
		Connection current = this.connection;
		if (current != null) {
			current.dispose();
		}
	}

	private RealtimeServerEvent decode(String json) {
		try {
			return this.jsonMapper.readValue(json, RealtimeServerEvent.class);
		}
		catch (JacksonException ex) {
			throw new OpenAIStreamException(new ApiError("Unreadable Realtime event", null, null, null), ex);
		}
	}

	private void received(RealtimeServerEvent event) {
		this.hooks.onRealtimeEventReceived(this.context,
				(event instanceof UnknownRealtimeServerEvent) ? "unknown" : event.type());
		if (event instanceof RealtimeResponseDoneEvent done && done.response().usage() != null) {
			RealtimeUsage usage = done.response().usage();
			this.inputTokens.addAndGet(usage.inputTokens());
			this.outputTokens.addAndGet(usage.outputTokens());
			this.usageSeen = true;
		}
	}

	/** After the last frame: normal end if the caller closed, otherwise the recorded failure or a dropped socket. */
	private Mono<RealtimeServerEvent> ending() {
		OpenAIException failed = this.failure.get();
		if (failed != null) {
			return Mono.error(failed);
		}
		if (this.closedByCaller.get()) {
			return Mono.empty();
		}
		return Mono.error(new OpenAIConnectionException(
				"Realtime connection to " + this.context.serverAddress() + " closed by the server",
				new IllegalStateException("connection closed"), true));
	}

	private void fail(OpenAIException error) {
		if (this.failure.compareAndSet(null, error)) {
			this.outbound.sendClose(1001, "client error")
				.onErrorResume((ex) -> Mono.empty())
				.doFinally((signal) -> disconnect())
				.subscribe();
		}
	}

	private void end(@Nullable Throwable error) {
		if (!this.reported.compareAndSet(false, true)) {
			return;
		}
		Duration duration = Duration.ofNanos(System.nanoTime() - this.context.startNanos());
		if (error == null) {
			TokenUsage usage = this.usageSeen ? new TokenUsage(this.inputTokens.get(), this.outputTokens.get()) : null;
			this.hooks.onSuccess(this.context, new CallResult(101, this.handshakeHeaders, duration, 1,
					this.context.requestModel(), usage));
		}
		else {
			OpenAIException failed = (error instanceof OpenAIException openAI) ? openAI
					: new OpenAIConnectionException("Realtime session failed", error);
			this.hooks.onFailure(this.context, failed, duration);
		}
	}

}
