package dev.integrations.openai.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.BlockingStream;
import reactor.core.Disposable;

/**
 * This client with its defaults (pool, retries, circuit breaker): {@code this-client-blocking} calls
 * {@link ChatCompletionService#create} and {@link ChatCompletionService#stream} on platform threads,
 * {@code this-client-reactive} calls {@link ChatCompletionService#createAsync} and {@link ChatCompletionService#streamAsync}.
 * The request is the floor's: the same model, messages, temperature and token limit.
 */
final class ThisClientTarget implements BenchTarget {

	static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder()
		.model("gpt-4o")
		.addSystemMessage("You are a helpful assistant.")
		.addUserMessage("Describe the image in two sentences.")
		.temperature(0.7)
		.maxCompletionTokens(256)
		.build();

	private final String name;

	private final boolean blocking;

	private final OpenAIClient client;

	private final OpenAIClient holdClient;

	ThisClientTarget(String name, String stubUrl) {
		this.name = name;
		this.blocking = name.endsWith("-blocking");
		this.client = client(stubUrl + "/v1");
		this.holdClient = client(stubUrl + "/hold/v1");
	}

	private static OpenAIClient client(String baseUrl) {
		return OpenAIClient.builder()
			.config(OpenAIConfig.builder().baseUrl(baseUrl).apiKey("sk-bench-0000").build())
			.build();
	}

	private ChatCompletionService service() {
		return this.client.chatCompletions();
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public boolean async() {
		return !this.blocking;
	}

	@Override
	public int chat() {
		return length(service().create(REQUEST));
	}

	@Override
	public CompletableFuture<Integer> chatAsync() {
		return service().createAsync(REQUEST).map(ThisClientTarget::length).toFuture();
	}

	@Override
	public int stream() {
		try (BlockingStream<ChatCompletionChunk> stream = service().stream(REQUEST)) {
			return (int) stream.stream().count();
		}
	}

	@Override
	public CompletableFuture<Integer> streamAsync() {
		return service().streamAsync(REQUEST).count().map(Long::intValue).toFuture();
	}

	@Override
	public AutoCloseable openStream(Runnable firstChunk) {
		AtomicBoolean first = new AtomicBoolean();
		Disposable subscription = this.holdClient.chatCompletions().streamAsync(REQUEST).subscribe((chunk) -> {
			if (first.compareAndSet(false, true)) {
				firstChunk.run();
			}
		});
		return subscription::dispose;
	}

	private static int length(ChatCompletion completion) {
		String content = completion.content();
		return (content != null) ? content.length() : 0;
	}

	@Override
	public void close() {
		this.client.close();
		this.holdClient.close();
	}

}
