package dev.integrations.openai.completions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.chat.FinishReason;
import dev.integrations.openai.chat.ScriptedSseServer;
import dev.integrations.openai.chat.StreamOptions;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAIStreamException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompletionStreamTest extends WireMockSupport {

	private static final CompletionRequest REQUEST = CompletionRequest.builder()
		.model("gpt-3.5-turbo-instruct")
		.prompt("Say this is a test")
		.maxTokens(7)
		.temperature(0.0)
		.streamOptions(StreamOptions.withUsage())
		.build();

	private static final List<String> PIECES = List.of("\n\n", "This", " is", " indeed", " a", " test");

	private static String chunk(String text, String finishReason) {
		return """
				{"id": "cmpl-7iA7iJjj8V2zOkCGvWF2hAkDWBQZe", "object": "text_completion", "created": 1690759702,
				 "model": "gpt-3.5-turbo-instruct", "system_fingerprint": "fp_44709d6fcb",
				 "choices": [{"text": %s, "index": 0, "logprobs": null, "finish_reason": %s}]}
				""".formatted(json(text), finishReason).replace("\n", "");
	}

	private static String json(String text) {
		return "\"" + text.replace("\n", "\\n") + "\"";
	}

	private static List<String> chunks() {
		List<String> chunks = new ArrayList<>();
		for (String piece : PIECES) {
			chunks.add(chunk(piece, "null"));
		}
		chunks.add(chunk("", "\"length\""));
		return chunks;
	}

	private static final String USAGE = """
			{"id": "cmpl-7iA7iJjj8V2zOkCGvWF2hAkDWBQZe", "object": "text_completion", "created": 1690759702,
			 "model": "gpt-3.5-turbo-instruct", "choices": [],
			 "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}}
			""".replace("\n", "");

	private static String sse(List<String> events) {
		StringBuilder body = new StringBuilder();
		events.forEach((event) -> body.append("data: ").append(event).append("\n\n"));
		return body.toString();
	}

	private void serve(String body) {
		this.server.stubFor(post("/v1/completions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(body)));
	}

	/** Generous timeouts: tests about timeouts set their own. */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60)).streamIdleTimeout(Duration.ofSeconds(60));
	}

	@Test
	void streamAsyncSendsStreamTrueAndEmitsEveryChunkAndTheUsageUntilDone() {
		List<String> events = new ArrayList<>(chunks());
		events.add(USAGE);
		events.add("[DONE]");
		serve(sse(events) + "data: " + chunk("after done", "null") + "\n\n");

		List<Completion> received = this.client.completions().streamAsync(REQUEST).collectList().block(Duration.ofSeconds(60));

		assertThat(received).hasSize(PIECES.size() + 2);
		assertThat(received.subList(0, PIECES.size())).extracting(Completion::text).containsExactlyElementsOf(PIECES);
		assertThat(received.get(PIECES.size()).choices().get(0).finishReason()).isEqualTo(FinishReason.LENGTH);
		Completion last = received.get(received.size() - 1);
		assertThat(last.text()).isEmpty();
		assertThat(last.tokenUsage()).isEqualTo(new TokenUsage(5, 7));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/completions"))
			.withHeader("Accept", equalTo("text/event-stream"))
			.withRequestBody(equalToJson("""
					{"model": "gpt-3.5-turbo-instruct", "prompt": "Say this is a test", "max_tokens": 7,
					 "temperature": 0.0, "stream": true, "stream_options": {"include_usage": true}}
					""", false, false)));
	}

	@Test
	void streamTextOnTheCallersThreadGivesOnlyTheNonEmptyPieces() {
		List<String> events = new ArrayList<>(chunks());
		events.add(USAGE);
		events.add("[DONE]");
		serve(sse(events));

		List<String> pieces = new ArrayList<>();
		try (BlockingStream<String> stream = this.client.completions().streamText(REQUEST)) {
			stream.forEach(pieces::add);
		}

		assertThat(String.join("", pieces)).isEqualTo("\n\nThis is indeed a test");
		assertThat(pieces).containsExactlyElementsOf(PIECES);
	}

	@Test
	void anErrorEventMidwayEndsTheStreamTypedAfterTheDeliveredChunks() {
		serve(sse(chunks().subList(0, 2)) + "data: {\"error\": {\"message\": \"The server had an error while "
				+ "processing your request. Sorry about that!\", \"type\": \"server_error\", \"param\": null, "
				+ "\"code\": null}}\n\n");

		try (BlockingStream<Completion> stream = this.client.completions().stream(REQUEST)) {
			Iterator<Completion> iterator = stream.iterator();
			assertThat(iterator.next().text()).isEqualTo("\n\n");
			assertThat(iterator.next().text()).isEqualTo("This");
			assertThatThrownBy(iterator::hasNext).isInstanceOfSatisfying(OpenAIStreamException.class,
					(ex) -> assertThat(ex.error().type()).isEqualTo("server_error"));
		}
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/completions")));
	}

	@Test
	void aConnectionDroppedMidwayIsAConnectionErrorAndIsNotRetried() throws Exception {
		try (ScriptedSseServer sse = new ScriptedSseServer(chunks().subList(0, 3), 5, true)) {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + sse.port() + "/v1").build());

			StepVerifier.create(this.client.completions().streamAsync(REQUEST))
				.expectNextCount(3)
				.expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(OpenAIConnectionException.class))
				.verify(Duration.ofSeconds(60));
			assertThat(sse.connections()).isEqualTo(1);
		}
	}

	@Test
	void aResponseThatEndsWithoutDoneCompletesAfterEveryChunkItSent() throws Exception {
		try (ScriptedSseServer sse = new ScriptedSseServer(chunks(), 1, false)) {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + sse.port() + "/v1").build());

			StepVerifier.create(this.client.completions().streamTextAsync(REQUEST))
				.expectNextSequence(PIECES)
				.verifyComplete();
			assertThat(sse.connections()).isEqualTo(1);
		}
	}

	@Test
	void aServerThatNeverSendsDoneNorClosesHitsTheIdleTimeoutAfterTheChunks() {
		DisposableServer hanging = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> response.header("Content-Type", "text/event-stream")
				.sendString(Flux.fromIterable(chunks().subList(0, 2)).map((event) -> "data: " + event + "\n\n")
					.concatWith(Flux.never())))
			.bindNow();
		try {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + hanging.port() + "/v1")
				.streamIdleTimeout(Duration.ofSeconds(5))
				.build());
			List<Completion> received = new CopyOnWriteArrayList<>();

			StepVerifier.create(this.client.completions().streamAsync(REQUEST).doOnNext(received::add))
				.expectNextCount(2)
				.expectError(OpenAITimeoutException.class)
				.verify(Duration.ofSeconds(60));
			assertThat(received).extracting(Completion::text).containsExactly("\n\n", "This");
		}
		finally {
			hanging.disposeNow();
		}
	}

	@Test
	void cancellingMidwayClosesTheConnection() throws Exception {
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			many.add(chunk(" token" + i, "null"));
		}
		try (ScriptedSseServer sse = new ScriptedSseServer(many, 20, false)) {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + sse.port() + "/v1").build());

			List<String> first = this.client.completions().streamTextAsync(REQUEST).take(2).collectList()
				.block(Duration.ofSeconds(60));

			assertThat(first).containsExactly(" token0", " token1");
			assertThat(sse.awaitFinished(30)).isTrue();
			assertThat(sse.clientClosedEarly()).isTrue();
			assertThat(sse.eventsWritten()).isLessThan(200);
		}
	}

}
