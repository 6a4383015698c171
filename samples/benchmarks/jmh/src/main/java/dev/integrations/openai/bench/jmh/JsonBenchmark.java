package dev.integrations.openai.bench.jmh;

import java.util.concurrent.TimeUnit;

import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.transport.OpenAIJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON work of one non-streamed call, with the client's shared mapper: writing the request and reading the
 * completion, both as the transport does them (bytes in, bytes out, a resolved {@link JavaType}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {

	private final JsonMapper mapper = OpenAIJson.mapper();

	private final JavaType completionType = this.mapper.getTypeFactory().constructType(ChatCompletion.class);

	/**
	 * {@code ChatCompletionRequest} to bytes.
	 * @return the body
	 */
	@Benchmark
	public byte[] serializeRequest() {
		return this.mapper.writeValueAsBytes(Payloads.REQUEST);
	}

	/**
	 * Canned completion bytes to {@code ChatCompletion}.
	 * @return the completion
	 */
	@Benchmark
	public ChatCompletion parseCompletion() {
		return this.mapper.readValue(Payloads.COMPLETION, this.completionType);
	}

}
