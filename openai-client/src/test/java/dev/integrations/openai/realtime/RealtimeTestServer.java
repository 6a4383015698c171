package dev.integrations.openai.realtime;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * A local Realtime server on 127.0.0.1 speaking the WebSocket protocol: it records each upgrade request and every
 * text frame the client sends, and runs a per-test handler.
 */
final class RealtimeTestServer implements AutoCloseable {

	static final String API_KEY = "sk-test-realtime-0123456789";

	final List<HttpServerRequest> upgrades = new CopyOnWriteArrayList<>();

	final BlockingQueue<String> received = new LinkedBlockingQueue<>();

	private final DisposableServer server;

	private RealtimeTestServer(BiFunction<WebsocketInbound, WebsocketOutbound, Publisher<Void>> handler) {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> {
				this.upgrades.add(request);
				if (!("Bearer " + API_KEY).equals(request.requestHeaders().get("Authorization"))) {
					return response.status(401)
						.header("Content-Type", "application/json")
						.sendString(Flux.just("{\"error\":{\"message\":\"Incorrect API key provided\","
								+ "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));
				}
				return response.sendWebsocket(handler::apply);
			})
			.bindNow();
	}

	/**
	 * A server answering each client event with the events the script returns for it, after sending the opening
	 * events.
	 */
	static RealtimeTestServer scripted(List<String> opening, Function<String, List<String>> script) {
		RealtimeTestServer[] self = new RealtimeTestServer[1];
		self[0] = new RealtimeTestServer((in, out) -> out.sendString(Flux.concat(Flux.fromIterable(opening),
				in.receive().asString().doOnNext((text) -> self[0].received.add(text))
					.concatMap((text) -> Flux.fromIterable(script.apply(text))))));
		return self[0];
	}

	/** A server running its own handler. */
	static RealtimeTestServer handling(BiFunction<WebsocketInbound, WebsocketOutbound, Publisher<Void>> handler) {
		return new RealtimeTestServer(handler);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.port() + "/v1";
	}

	String nextReceived() throws InterruptedException {
		String text = this.received.poll(10, TimeUnit.SECONDS);
		if (text == null) {
			throw new AssertionError("the server received no client event within 10 s");
		}
		return text;
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
