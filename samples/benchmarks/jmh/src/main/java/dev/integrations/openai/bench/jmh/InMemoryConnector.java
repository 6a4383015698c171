package dev.integrations.openai.bench.jmh;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

import io.netty.buffer.PooledByteBufAllocator;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.mock.http.client.reactive.MockClientHttpRequest;
import org.springframework.mock.http.client.reactive.MockClientHttpResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A {@link ClientHttpConnector} with no network: it writes the request body (so that the client really produces
 * it) and answers the canned completion, or the canned 200-chunk SSE body cut into network-sized reads when the
 * request accepts {@code text/event-stream}. Bodies arrive in pooled direct Netty buffers, as from a socket. Everything above the socket runs as in production: WebClient, codecs,
 * the client's transport, executor and orchestrator.
 */
final class InMemoryConnector implements ClientHttpConnector {

	private static final NettyDataBufferFactory BUFFERS = new NettyDataBufferFactory(PooledByteBufAllocator.DEFAULT);

	private final List<byte[]> streamReads = Payloads.reads(Payloads.STREAM);

	/**
	 * What a socket read gives Reactor Netty: the bytes in a pooled direct buffer.
	 */
	static DataBuffer read(byte[] bytes) {
		return BUFFERS.allocateBuffer(bytes.length).write(bytes);
	}

	@Override
	public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
			Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
		MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
		return requestCallback.apply(request).then(Mono.defer(() -> request.getBody().count())).map((written) -> {
			boolean streaming = request.getHeaders().getAccept().contains(MediaType.TEXT_EVENT_STREAM);
			MockClientHttpResponse response = new MockClientHttpResponse(HttpStatus.OK);
			response.getHeaders().setContentType(streaming ? MediaType.TEXT_EVENT_STREAM : MediaType.APPLICATION_JSON);
			response.getHeaders().set("x-request-id", "req_bench");
			response.setBody(streaming ? Flux.fromIterable(this.streamReads).map(InMemoryConnector::read)
					: Mono.fromSupplier(() -> read(Payloads.COMPLETION)));
			return response;
		});
	}

}
