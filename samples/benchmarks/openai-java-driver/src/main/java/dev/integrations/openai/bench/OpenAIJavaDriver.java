package dev.integrations.openai.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.core.http.StreamResponse;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

/**
 * Drives the official SDK: {@code openai-java} (blocking, one thread per call in flight, its primary API) and
 * {@code openai-java-async} (its CompletableFuture API), both with the SDK's defaults.
 */
public final class OpenAIJavaDriver implements BenchTarget {

	private static final ChatCompletionCreateParams PARAMS = ChatCompletionCreateParams.builder()
		.model(ChatModel.GPT_4O)
		.addSystemMessage("You are a helpful assistant.")
		.addUserMessage("Describe the image in two sentences.")
		.temperature(0.7)
		.maxCompletionTokens(256)
		.build();

	private final String name;

	private final OpenAIClient client;

	private final OpenAIClient holdClient;

	private OpenAIJavaDriver(String name, String stubUrl) {
		this.name = name;
		this.client = OpenAIOkHttpClient.builder().apiKey("sk-bench-0000").baseUrl(stubUrl + "/v1").build();
		this.holdClient = OpenAIOkHttpClient.builder().apiKey("sk-bench-0000").baseUrl(stubUrl + "/hold/v1").build();
	}

	/**
	 * Runs a scenario; see {@link Harness}.
	 * @param args the command line
	 * @throws Exception if the run fails
	 */
	public static void main(String[] args) throws Exception {
		Harness.main(args, OpenAIJavaDriver::new);
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public boolean async() {
		return this.name.endsWith("-async");
	}

	@Override
	public int chat() {
		return this.client.chat().completions().create(PARAMS).choices().get(0).message().content().orElse("").length();
	}

	@Override
	public CompletableFuture<Integer> chatAsync() {
		return this.client.async().chat().completions().create(PARAMS)
			.thenApply((completion) -> completion.choices().get(0).message().content().orElse("").length());
	}

	@Override
	public int stream() {
		try (StreamResponse<ChatCompletionChunk> stream = this.client.chat().completions().createStreaming(PARAMS)) {
			return (int) stream.stream().count();
		}
	}

	@Override
	public CompletableFuture<Integer> streamAsync() {
		AtomicInteger chunks = new AtomicInteger();
		AsyncStreamResponse<ChatCompletionChunk> stream = this.client.async().chat().completions().createStreaming(PARAMS);
		stream.subscribe((chunk) -> chunks.incrementAndGet());
		return stream.onCompleteFuture().thenApply((done) -> chunks.get());
	}

	@Override
	public AutoCloseable openStream(Runnable firstChunk) {
		AtomicBoolean first = new AtomicBoolean();
		AsyncStreamResponse<ChatCompletionChunk> stream = this.holdClient.async().chat().completions()
			.createStreaming(PARAMS);
		stream.subscribe((chunk) -> {
			if (first.compareAndSet(false, true)) {
				firstChunk.run();
			}
		});
		return stream::close;
	}

	@Override
	public void close() {
		this.client.close();
		this.holdClient.close();
	}

}
