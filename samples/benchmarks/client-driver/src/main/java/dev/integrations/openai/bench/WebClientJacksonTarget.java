package dev.integrations.openai.bench;

import java.util.concurrent.CompletableFuture;

import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.transport.OpenAIJson;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second reference, {@code webclient-jackson}: the floor plus the JSON work any typed client must do, and nothing
 * else (no retries, circuit breaker, hooks, timeouts or validation). It writes this client's
 * {@link ChatCompletionRequest} with this client's mapper and reads the reply into {@link ChatCompletion}; non-streamed
 * calls only. The gap between it and the floor is the cost of JSON mapping; the
 * gap between it and {@code this-client-reactive} is what this client adds on top.
 */
final class WebClientJacksonTarget implements BenchTarget {

	private final JsonMapper mapper = OpenAIJson.mapper();

	private final ConnectionProvider pool = RawWebClientTarget.pool("webclient-jackson");

	private final WebClient webClient = RawWebClientTarget.webClient(this.pool);

	private final String stubUrl;

	WebClientJacksonTarget(String stubUrl) {
		this.stubUrl = stubUrl;
	}

	@Override
	public String name() {
		return "webclient-jackson";
	}

	@Override
	public boolean async() {
		return true;
	}

	@Override
	public CompletableFuture<Integer> chatAsync() {
		return RawWebClientTarget.postChat(this.webClient, this.stubUrl, this.mapper.writeValueAsBytes(ThisClientTarget.REQUEST))
			.map((bytes) -> {
				String content = this.mapper.readValue(bytes, ChatCompletion.class).content();
				return (content != null) ? content.length() : 0;
			})
			.toFuture();
	}

	@Override
	public AutoCloseable openStream(Runnable firstChunk) {
		throw new IllegalStateException("webclient-jackson is a reference for non-streamed calls; run.sh runs it on chat-* only");
	}

	@Override
	public void close() {
		this.pool.dispose();
	}

}
