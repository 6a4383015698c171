package dev.integrations.openai.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The floor: Spring's {@code WebClient} on the same Reactor Netty transport, posting a prebuilt JSON body and
 * reading the response as bytes (no JSON mapping, no retries, no hooks). This client cannot be cheaper than its own
 * transport; the report shows how close it gets.
 */
final class RawWebClientTarget implements BenchTarget {

	private static final byte[] BODY = ("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":"
			+ "\"You are a helpful assistant.\"},{\"role\":\"user\",\"content\":\"Describe the image in two sentences.\"}],"
			+ "\"temperature\":0.7,\"max_completion_tokens\":256}").getBytes(StandardCharsets.UTF_8);

	private static final byte[] STREAM_BODY = ("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":"
			+ "\"You are a helpful assistant.\"},{\"role\":\"user\",\"content\":\"Describe the image in two sentences.\"}],"
			+ "\"temperature\":0.7,\"max_completion_tokens\":256,\"stream\":true}").getBytes(StandardCharsets.UTF_8);

	private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
	};

	private final WebClient webClient;

	private final ConnectionProvider pool = pool("floor");

	private final String stubUrl;

	RawWebClientTarget(String stubUrl) {
		this.stubUrl = stubUrl;
		this.webClient = webClient(this.pool);
	}

	/**
	 * The floor's connection pool, also used by {@link WebClientJacksonTarget}.
	 * @param name the pool name
	 * @return a pool of up to 1,000 connections with an unbounded acquire queue
	 */
	static ConnectionProvider pool(String name) {
		return ConnectionProvider.builder(name).maxConnections(1000).pendingAcquireMaxCount(-1).build();
	}

	/**
	 * The floor's WebClient, also used by {@link WebClientJacksonTarget}.
	 * @param pool the connection pool
	 * @return a WebClient on Reactor Netty with the bench credentials as a default header
	 */
	static WebClient webClient(ConnectionProvider pool) {
		return WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool)))
			.defaultHeader("Authorization", "Bearer sk-bench-0000")
			.build();
	}

	@Override
	public String name() {
		return "raw-webclient";
	}

	@Override
	public boolean async() {
		return true;
	}

	@Override
	public CompletableFuture<Integer> chatAsync() {
		return postChat(this.webClient, this.stubUrl, BODY).map((bytes) -> bytes.length).toFuture();
	}

	/**
	 * The floor's non-streamed call, also made by {@link WebClientJacksonTarget}: a ready JSON body posted, the reply
	 * read as bytes.
	 * @param webClient the client
	 * @param stubUrl the stub server's base URL
	 * @param body the request body
	 * @return the reply body
	 */
	static Mono<byte[]> postChat(WebClient webClient, String stubUrl, byte[] body) {
		return webClient.post()
			.uri(stubUrl + "/v1/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.retrieve()
			.bodyToMono(byte[].class);
	}

	@Override
	public CompletableFuture<Integer> streamAsync() {
		return this.webClient.post()
			.uri(this.stubUrl + "/v1/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(STREAM_BODY)
			.retrieve()
			.bodyToFlux(SSE)
			.takeWhile((event) -> !"[DONE]".equals(event.data()))
			.count()
			.map(Long::intValue)
			.toFuture();
	}

	@Override
	public AutoCloseable openStream(Runnable firstChunk) {
		AtomicBoolean first = new AtomicBoolean();
		Disposable subscription = this.webClient.post()
			.uri(this.stubUrl + "/hold/v1/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(STREAM_BODY)
			.retrieve()
			.bodyToFlux(SSE)
			.subscribe((event) -> {
				if (first.compareAndSet(false, true)) {
					firstChunk.run();
				}
			});
		return subscription::dispose;
	}

	@Override
	public void close() {
		this.pool.dispose();
	}

}
