package dev.integrations.openai.files;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.RetrySettings;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code contentAsync} hands out byte buffers the caller owns, so every network buffer behind them must be released
 * by the client: after a full read, when the subscriber cancels after the first chunk, and when the body fails
 * half-way. The body is served by a connector whose Netty buffers are counted, so a leak is a buffer whose reference
 * count is still 1 (no garbage collection or timing involved).
 */
class ByteDownloadReleaseTest {

	private static final int CHUNKS = 64;

	private final NettyDataBufferFactory buffers = new NettyDataBufferFactory(UnpooledByteBufAllocator.DEFAULT);

	private final List<ByteBuf> served = new CopyOnWriteArrayList<>();

	private OpenAIClient client;

	@AfterEach
	void close() {
		if (this.client != null) {
			this.client.close();
		}
	}

	@Test
	void aFullReadGivesEveryByteAndReleasesEveryBuffer() {
		this.client = client(body(CHUNKS, null));

		byte[] content = WireMockSupport.join(this.client.files().contentAsync("file-abc123"));

		assertThat(new String(content, StandardCharsets.US_ASCII)).startsWith("chunk-0;chunk-1;").endsWith("chunk-63;");
		assertThat(this.served).hasSize(CHUNKS);
		assertEveryServedBufferReleased();
	}

	@Test
	void theBuffersAreReadOnlyCopiesTheCallerOwns() {
		this.client = client(body(2, null));

		List<ByteBuffer> chunks = this.client.files().contentAsync("file-abc123").collectList().block();

		assertThat(chunks).hasSize(2).allSatisfy((chunk) -> assertThat(chunk.isReadOnly()).isTrue());
		assertThat(StandardCharsets.US_ASCII.decode(chunks.get(1)).toString()).isEqualTo("chunk-1;");
		assertEveryServedBufferReleased();
	}

	@Test
	void cancellingAfterTheFirstChunkReleasesEveryBufferAlreadyRead() {
		this.client = client(body(CHUNKS, null));

		StepVerifier.create(this.client.files().contentAsync("file-abc123").take(1), 1)
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(30));

		assertThat(this.served).isNotEmpty();
		assertEveryServedBufferReleased();
	}

	@Test
	void aBodyFailingHalfWayReleasesEveryBufferAndReportsTheError() {
		this.client = client(body(5, new IllegalStateException("connection reset")));

		StepVerifier.create(this.client.files().contentAsync("file-abc123"))
			.expectNextCount(5)
			.expectError()
			.verify(Duration.ofSeconds(30));

		assertThat(this.served).hasSizeGreaterThanOrEqualTo(5);
		assertEveryServedBufferReleased();
	}

	private void assertEveryServedBufferReleased() {
		assertThat(this.served).allSatisfy((buffer) -> assertThat(buffer.refCnt()).as("reference count").isZero());
	}

	private Flux<DataBuffer> body(int chunks, RuntimeException failure) {
		Flux<DataBuffer> body = Flux.range(0, chunks).map((i) -> {
			DataBuffer buffer = this.buffers.wrap(("chunk-" + i + ";").getBytes(StandardCharsets.US_ASCII));
			this.served.add(NettyDataBufferFactory.toByteBuf(buffer));
			return buffer;
		});
		return (failure != null) ? body.concatWith(Mono.error(failure)) : body;
	}

	private static OpenAIClient client(Flux<DataBuffer> body) {
		ClientHttpConnector connector = (HttpMethod method, URI uri,
				Function<? super ClientHttpRequest, Mono<Void>> request) -> Mono.just(new Response(body));
		return OpenAIClient.builder()
			.config(OpenAIConfig.builder()
				.baseUrl("http://127.0.0.1:9/v1")
				.apiKey(WireMockSupport.API_KEY)
				.retry(RetrySettings.NONE)
				.circuitBreaker(CircuitBreakerSettings.DISABLED)
				.build())
			.clientConnector(connector)
			.build();
	}

	/** A 200 response with an octet-stream body. */
	private record Response(Flux<DataBuffer> body) implements ClientHttpResponse {

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(200);
		}

		@Override
		public MultiValueMap<String, ResponseCookie> getCookies() {
			return new LinkedMultiValueMap<>();
		}

		@Override
		public HttpHeaders getHeaders() {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
			return headers;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return this.body;
		}

	}

}
