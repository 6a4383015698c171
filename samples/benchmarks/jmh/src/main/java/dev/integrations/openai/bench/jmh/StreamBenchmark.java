package dev.integrations.openai.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionAccumulator;
import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.transport.OpenAIJson;
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
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageReader;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.mock.http.client.reactive.MockClientHttpResponse;
import org.springframework.web.reactive.function.client.ExchangeStrategies;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * One streamed reply of 200 chunks, three ways: the chunk JSON alone through the client's mapper and the
 * {@link ChatCompletionAccumulator}; the same after Spring's SSE reader cut the events out of network-sized reads;
 * and the whole client ({@code stream} + {@code accumulate}) over an in-memory connector, next to raw
 * {@code WebClient} counting the same events (the floor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StreamBenchmark {

	private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
	};

	private final JsonMapper mapper = OpenAIJson.mapper();

	private final JavaType chunkType = this.mapper.getTypeFactory().constructType(ChatCompletionChunk.class);

	private final List<String> chunkJson = new ArrayList<>();

	private final List<byte[]> reads = Payloads.reads(Payloads.STREAM);

	private HttpMessageReader<?> sseReader;

	private OpenAIClient client;

	private WebClient floor;

	/**
	 * Extracts the events' JSON, finds WebClient's SSE reader and builds the clients.
	 */
	@Setup
	public void setUp() {
		for (String line : new String(Payloads.STREAM, StandardCharsets.UTF_8).split("\n")) {
			if (line.startsWith("data: {")) {
				this.chunkJson.add(line.substring(6));
			}
		}
		ResolvableType sseType = ResolvableType.forType(SSE);
		this.sseReader = ExchangeStrategies.withDefaults().messageReaders().stream()
			.filter((reader) -> reader.canRead(sseType, MediaType.TEXT_EVENT_STREAM))
			.findFirst()
			.orElseThrow();
		this.client = InMemoryClients.thisClient();
		this.floor = InMemoryClients.floor();
	}

	/** Closes the client. */
	@TearDown
	public void tearDown() {
		this.client.close();
	}

	/**
	 * 200 chunk JSON strings parsed and accumulated.
	 * @return the completion
	 */
	@Benchmark
	public ChatCompletion parseAndAccumulate() {
		ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
		for (String json : this.chunkJson) {
			accumulator.accept(this.mapper.readValue(json, this.chunkType));
		}
		return accumulator.toCompletion();
	}

	/**
	 * Network-sized reads through WebClient's SSE reader, then parsed and accumulated.
	 * @return the completion
	 */
	@Benchmark
	public ChatCompletion sseReadParseAndAccumulate() {
		MockClientHttpResponse response = new MockClientHttpResponse(HttpStatus.OK);
		response.getHeaders().setContentType(MediaType.TEXT_EVENT_STREAM);
		response.setBody(Flux.fromIterable(this.reads).map(InMemoryConnector::read));
		ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
		this.sseReader.read(ResolvableType.forType(SSE), response, Map.of())
			.map((event) -> (String) ((ServerSentEvent<?>) event).data())
			.takeWhile((data) -> !"[DONE]".equals(data))
			.doOnNext((data) -> accumulator.accept(this.mapper.readValue(data, this.chunkType)))
			.blockLast();
		return accumulator.toCompletion();
	}

	/**
	 * The whole client: {@code stream} then {@code ChatCompletionAccumulator.accumulate}.
	 * @return the completion
	 */
	@Benchmark
	public ChatCompletion clientStreamAndAccumulate() {
		return ChatCompletionAccumulator.accumulate(this.client.chatCompletions().streamAsync(Payloads.REQUEST)).block();
	}

	/**
	 * Raw WebClient reading the same events as strings and counting them: the floor.
	 * @return the number of events
	 */
	@Benchmark
	public Long floorStreamCount() {
		return InMemoryClients.floorStream(this.floor).count().block();
	}

}
