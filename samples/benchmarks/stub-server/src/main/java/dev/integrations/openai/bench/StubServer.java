package dev.integrations.openai.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * An OpenAI-compatible stub for load runs: {@code POST /v1/chat/completions} answers a canned completion, or 200
 * SSE chunks when the body asks to stream; {@code POST /hold/v1/chat/completions} streams one chunk and then holds
 * the stream open until the client leaves; {@code GET /stats/cpu} tells this JVM's CPU time. Bodies are prebuilt,
 * so the stub costs little per call.
 */
public final class StubServer {

	private static final int CHUNKS = 200;

	private static final byte[] COMPLETION = CannedResponses.completion().getBytes(StandardCharsets.UTF_8);

	private static final byte[] STREAM = CannedResponses.stream(CHUNKS).getBytes(StandardCharsets.UTF_8);

	private static final byte[] FIRST_CHUNK = CannedResponses.firstChunk().getBytes(StandardCharsets.UTF_8);

	private StubServer() {
	}

	/**
	 * Starts the stub on 127.0.0.1.
	 * @param args the port (default 8089)
	 */
	public static void main(String[] args) {
		int port = (args.length > 0) ? Integer.parseInt(args[0]) : 8089;
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(port)
			.route((routes) -> routes.post("/v1/chat/completions", StubServer::chat)
				.post("/hold/v1/chat/completions", StubServer::hold)
				.get("/stats/cpu", (request, response) -> response.sendString(Mono.just(Long.toString(
						((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
							.getProcessCpuTime())))))
			.bindNow();
		System.out.println("STUB READY " + server.port());
		server.onDispose().block();
	}

	private static Mono<Void> chat(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asString().defaultIfEmpty("").flatMap((body) -> {
			boolean stream = body.contains("\"stream\":true") || body.contains("\"stream\": true");
			return response.header("Content-Type", stream ? "text/event-stream" : "application/json")
				.header("x-request-id", "req_bench")
				.header("openai-processing-ms", "1")
				.send(Mono.just(wrap(stream ? STREAM : COMPLETION)))
				.then();
		});
	}

	private static Mono<Void> hold(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().then(response.header("Content-Type", "text/event-stream")
			.send(Flux.concat(Mono.just(wrap(FIRST_CHUNK)),
					Flux.interval(Duration.ofSeconds(10)).map((tick) -> wrap(": ping\n\n".getBytes(StandardCharsets.US_ASCII)))))
			.then());
	}

	private static ByteBuf wrap(byte[] bytes) {
		return Unpooled.wrappedBuffer(bytes);
	}

}
