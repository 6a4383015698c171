package dev.integrations.openai.bench.jmh;

import java.util.concurrent.TimeUnit;

import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.client.OpenAIClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One non-streamed call through the whole stack over an {@link InMemoryConnector} (no socket): this client,
 * blocking and reactive, against raw WebClient posting a prebuilt body and reading bytes. The difference is what
 * the client adds per call: serialization, parsing, retry and circuit breaker bookkeeping, headers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CallBenchmark {

	private OpenAIClient client;

	private WebClient floor;

	/** Builds the clients. */
	@Setup
	public void setUp() {
		this.client = InMemoryClients.thisClient();
		this.floor = InMemoryClients.floor();
	}

	/** Closes the client. */
	@TearDown
	public void tearDown() {
		this.client.close();
	}

	/**
	 * {@code ChatCompletionService.create}.
	 * @return the completion
	 */
	@Benchmark
	public ChatCompletion thisClientBlocking() {
		return this.client.chatCompletions().create(Payloads.REQUEST);
	}

	/**
	 * {@code ChatCompletionService.createAsync}, subscribed and awaited.
	 * @return the completion
	 */
	@Benchmark
	public ChatCompletion thisClientReactive() {
		return this.client.chatCompletions().createAsync(Payloads.REQUEST).block();
	}

	/**
	 * Raw WebClient: prebuilt body, reply read as bytes.
	 * @return the reply length
	 */
	@Benchmark
	public Integer floor() {
		return InMemoryClients.floorCall(this.floor).block();
	}

}
