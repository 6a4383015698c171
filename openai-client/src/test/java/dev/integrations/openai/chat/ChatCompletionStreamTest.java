package dev.integrations.openai.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAIStreamException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatCompletionStreamTest extends ChatWireMockTest {

	private static final String HEAD = "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,"
			+ "\"model\":\"gpt-4o-mini\",\"system_fingerprint\":\"fp_44709d6fcb\",\"service_tier\":\"default\",";

	private static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder()
		.model("gpt-4o-mini")
		.addUserMessage("Hello!")
		.streamOptions(StreamOptions.withUsage())
		.build();

	static String chunk(String choices) {
		return HEAD + "\"choices\":[" + choices + "],\"obfuscation\":\"r4N7vQ2m\"}";
	}

	static String delta(int index, String delta, String finishReason) {
		return "{\"index\":" + index + ",\"delta\":" + delta + ",\"logprobs\":null,\"finish_reason\":"
				+ ((finishReason != null) ? "\"" + finishReason + "\"" : "null") + "}";
	}

	private static String sse(String... lines) {
		StringBuilder body = new StringBuilder();
		for (String line : lines) {
			body.append(line.startsWith(":") ? line : "data: " + line).append("\n\n");
		}
		return body.toString();
	}

	private void serve(String body) {
		this.server.stubFor(post("/v1/chat/completions")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body)));
	}

	private static List<String> helloChunks() {
		List<String> chunks = new ArrayList<>();
		chunks.add(chunk(delta(0, "{\"role\":\"assistant\",\"content\":\"\"}", null)));
		for (String piece : List.of("Hello", "!", " How", " can", " I", " help", " you", " today", "?")) {
			chunks.add(chunk(delta(0, "{\"content\":\"" + piece + "\"}", null)));
		}
		chunks.add(chunk(delta(0, "{}", "stop")));
		chunks.add(HEAD + "\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":10,\"total_tokens\":19,"
				+ "\"prompt_tokens_details\":{\"cached_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":0}}}");
		return chunks;
	}

	@Test
	void streamSendsStreamTrueAndEmitsEveryChunkUntilDone() {
		List<String> events = new ArrayList<>(List.of(": OPENROUTER PROCESSING"));
		events.addAll(helloChunks());
		events.add("[DONE]");
		serve(sse(events.toArray(String[]::new)));

		List<ChatCompletionChunk> chunks = this.client.chatCompletions().streamAsync(REQUEST).collectList().block();

		assertThat(chunks).hasSize(12);
		assertThat(chunks.get(0).choices().get(0).delta().role()).isEqualTo(ChatRole.ASSISTANT);
		assertThat(chunks.get(1).choices().get(0).delta().content()).isEqualTo("Hello");
		assertThat(chunks.get(1).obfuscation()).isEqualTo("r4N7vQ2m");
		assertThat(chunks.get(1).createdInstant().getEpochSecond()).isEqualTo(1694268190L);
		assertThat(chunks.get(1).usage()).isNull();
		assertThat(chunks.get(1).tokenUsage()).isNull();
		assertThat(chunks.get(11).choices()).isEmpty();
		assertThat(chunks.get(11).tokenUsage().inputTokens()).isEqualTo(9);
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withHeader("Accept", equalTo("text/event-stream"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("OpenAI-Organization", equalTo("org-test123"))
			.withHeader("OpenAI-Project", equalTo("proj_test456"))
			.withRequestBody(equalToJson("""
					{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello!"}], "stream": true,
					 "stream_options": {"include_usage": true}}
					""", false, false)));

		ChatCompletion merged = ChatCompletionAccumulator.accumulate(Flux.fromIterable(chunks)).block();
		assertThat(merged.id()).isEqualTo("chatcmpl-123");
		assertThat(merged.object()).isEqualTo("chat.completion");
		assertThat(merged.model()).isEqualTo("gpt-4o-mini");
		assertThat(merged.content()).isEqualTo("Hello! How can I help you today?");
		assertThat(merged.choices().get(0).finishReason()).isEqualTo(FinishReason.STOP);
		assertThat(merged.usage().totalTokens()).isEqualTo(19);
		assertThat(merged.serviceTier()).isEqualTo(ServiceTier.DEFAULT);
		assertThat(merged.systemFingerprint()).isEqualTo("fp_44709d6fcb");
	}

	@Test
	void toolCallFragmentsAreMergedByIndex() {
		serve(sse(chunk(delta(0, "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,\"id\":\"call_DdmO9pD3xa9XTPNJ32zg2hcA\",\"type\":\"function\",\"function\":{\"name\":\"get_current_weather\",\"arguments\":\"\"}}]}", null)),
				chunk(delta(0, "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"location\\\"\"}}]}", null)),
				chunk(delta(0, "{\"tool_calls\":[{\"index\":1,\"id\":\"call_8k2Xm\",\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"arguments\":\"{\\\"tz\\\":\"}}]}", null)),
				chunk(delta(0, "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\": \\\"Boston, MA\\\"}\"}}]}", null)),
				chunk(delta(0, "{\"tool_calls\":[{\"index\":1,\"function\":{\"arguments\":\"\\\"EST\\\"}\"}}]}", null)),
				chunk(delta(0, "{}", "tool_calls")), "[DONE]"));

		ChatCompletion merged = ChatCompletionAccumulator.accumulate(this.client.chatCompletions().streamAsync(REQUEST))
			.block();

		ChatChoice choice = merged.choices().get(0);
		assertThat(choice.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
		assertThat(choice.message().content()).isNull();
		assertThat(choice.message().toolCalls()).containsExactly(
				ToolCall.function("call_DdmO9pD3xa9XTPNJ32zg2hcA", "get_current_weather", "{\"location\": \"Boston, MA\"}"),
				ToolCall.function("call_8k2Xm", "get_time", "{\"tz\":\"EST\"}"));
		assertThat(merged.usage()).isNull();
		assertThat(AssistantMessage.from(choice.message()).toolCalls()).hasSize(2);
	}

	@Test
	void blockingStreamMergesSeveralChoicesRefusalsAndLogprobs() {
		String logprob = "{\"content\":[{\"token\":\"%s\",\"logprob\":-0.01,\"bytes\":[72],\"top_logprobs\":[]}],\"refusal\":null}";
		serve(sse(chunk("{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hi\"},\"logprobs\":" + logprob.formatted("Hi") + ",\"finish_reason\":null},"
				+ delta(1, "{\"role\":\"assistant\",\"refusal\":\"I'm sorry,\"}", null)),
				chunk("{\"index\":0,\"delta\":{\"content\":\" there\"},\"logprobs\":" + logprob.formatted(" there") + ",\"finish_reason\":\"length\"},"
						+ delta(1, "{\"refusal\":\" I can't help.\"}", "content_filter")),
				"[DONE]"));

		ChatCompletion merged;
		try (BlockingStream<ChatCompletionChunk> stream = this.client.chatCompletions().stream(REQUEST)) {
			merged = ChatCompletionAccumulator.accumulate(stream);
		}

		assertThat(merged.choices()).hasSize(2);
		assertThat(merged.choices().get(0).message().content()).isEqualTo("Hi there");
		assertThat(merged.choices().get(0).finishReason()).isEqualTo(FinishReason.LENGTH);
		assertThat(merged.choices().get(0).logprobs().content()).extracting(TokenLogprob::token)
			.containsExactly("Hi", " there");
		assertThat(merged.choices().get(1).message().content()).isNull();
		assertThat(merged.choices().get(1).message().refusal()).isEqualTo("I'm sorry, I can't help.");
		assertThat(merged.choices().get(1).finishReason()).isEqualTo(FinishReason.CONTENT_FILTER);
		assertThat(merged.choices().get(1).logprobs()).isNull();
	}

	@Test
	void errorEventEndsTheStreamWithTypedErrorAfterTheDeliveredChunks() {
		serve(sse(chunk(delta(0, "{\"role\":\"assistant\",\"content\":\"Hel\"}", null)),
				"{\"error\":{\"message\":\"The server had an error while processing your request. Sorry about that!\",\"type\":\"server_error\",\"param\":null,\"code\":null}}"));

		StepVerifier.create(this.client.chatCompletions().streamAsync(REQUEST))
			.assertNext((chunk) -> assertThat(chunk.choices().get(0).delta().content()).isEqualTo("Hel"))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(OpenAIStreamException.class,
					(ex) -> {
						assertThat(ex.error().type()).isEqualTo("server_error");
						assertThat(ex.getMessage()).contains("The server had an error");
					}))
			.verify();
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void namedErrorEventInBlockingIterationIsThrown() {
		serve("data: " + chunk(delta(0, "{\"content\":\"Hel\"}", null)) + "\n\n"
				+ "event: error\ndata: {\"error\":{\"message\":\"Rate limit reached\",\"type\":\"rate_limit_error\"}}\n\n");

		try (BlockingStream<ChatCompletionChunk> stream = this.client.chatCompletions().stream(REQUEST)) {
			Iterator<ChatCompletionChunk> iterator = stream.iterator();
			assertThat(iterator.next().choices().get(0).delta().content()).isEqualTo("Hel");
			assertThatThrownBy(iterator::hasNext).isInstanceOf(OpenAIStreamException.class)
				.hasMessageContaining("rate_limit_error");
		}
	}

	@Test
	void failureBeforeTheFirstChunkIsRetried() {
		this.server.stubFor(post("/v1/chat/completions").inScenario("overload").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withBody("<html>503 Service Unavailable</html>"))
			.willSetStateTo("recovered"));
		this.server.stubFor(post("/v1/chat/completions").inScenario("overload").whenScenarioStateIs("recovered")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
				.withBody(sse(helloChunks().toArray(String[]::new)) + "data: [DONE]\n\n")));

		ChatCompletion merged = ChatCompletionAccumulator.accumulate(this.client.chatCompletions().streamAsync(REQUEST))
			.block();

		assertThat(merged.content()).isEqualTo("Hello! How can I help you today?");
		this.server.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void connectionDroppedMidStreamSignalsAnErrorAndIsNotRetried() throws Exception {
		try (ScriptedSseServer sse = new ScriptedSseServer(helloChunks().subList(0, 3), 5, true)) {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + sse.port() + "/v1").build());

			StepVerifier.create(this.client.chatCompletions().streamAsync(REQUEST))
				.expectNextCount(3)
				.expectErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(OpenAIConnectionException.class,
						(ex) -> assertThat(ex.isRetryable()).isTrue()))
				.verify(Duration.ofSeconds(10));
			assertThat(sse.connections()).isEqualTo(1);
		}
	}

	@Test
	void cancellingTheFluxClosesTheConnection() throws Exception {
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			many.add(chunk(delta(0, "{\"content\":\"token" + i + " \"}", null)));
		}
		try (ScriptedSseServer sse = new ScriptedSseServer(many, 20, false)) {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + sse.port() + "/v1").build());

			List<ChatCompletionChunk> first = this.client.chatCompletions().streamAsync(REQUEST).take(2).collectList().block();

			assertThat(first).hasSize(2);
			assertThat(sse.awaitFinished(10)).isTrue();
			assertThat(sse.clientClosedEarly()).isTrue();
			assertThat(sse.eventsWritten()).isLessThan(200);
		}
	}

	@Test
	void closingTheBlockingStreamEarlyClosesTheConnection() throws Exception {
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			many.add(chunk(delta(0, "{\"content\":\"token" + i + " \"}", null)));
		}
		try (ScriptedSseServer sse = new ScriptedSseServer(many, 20, false)) {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + sse.port() + "/v1").build());

			try (BlockingStream<ChatCompletionChunk> stream = this.client.chatCompletions().stream(REQUEST)) {
				Iterator<ChatCompletionChunk> iterator = stream.iterator();
				assertThat(iterator.next().choices().get(0).delta().content()).isEqualTo("token0 ");
				assertThat(iterator.next().choices().get(0).delta().content()).isEqualTo("token1 ");
			}

			assertThat(sse.awaitFinished(10)).isTrue();
			assertThat(sse.clientClosedEarly()).isTrue();
			assertThat(sse.eventsWritten()).isLessThan(200);
			assertThat(sse.connections()).isEqualTo(1);
		}
	}

	@Test
	void anEmptyStreamCannotBeAccumulated() {
		serve(sse("[DONE]"));

		StepVerifier.create(ChatCompletionAccumulator.accumulate(this.client.chatCompletions().streamAsync(REQUEST)))
			.expectErrorMessage("No chunk was received, so there is no completion")
			.verify();
	}

}
