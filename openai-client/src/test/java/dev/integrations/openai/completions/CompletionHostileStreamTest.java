package dev.integrations.openai.completions;

import java.time.Duration;
import java.util.List;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.chat.ScriptedSseServer;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAIStreamException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Streams the way real and hostile servers send them: chunks of several choices interleaved ({@code n} above 1 or
 * several prompts), garbage instead of JSON, and an error event that echoes the API key.
 */
class CompletionHostileStreamTest extends WireMockSupport {

	private static final CompletionRequest TWO_CHOICES = CompletionRequest.builder()
		.model("gpt-3.5-turbo-instruct")
		.prompt("Name a colour")
		.n(2)
		.maxTokens(5)
		.build();

	/** Generous timeouts: none of these tests is about time. */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60)).streamIdleTimeout(Duration.ofSeconds(60));
	}

	private static String chunk(int index, String text) {
		return "{\"id\": \"cmpl-8ZOuLfnKVKbyA1bNx2QuZnUfzk1a3\", \"object\": \"text_completion\", \"created\": 1703182193,"
				+ " \"model\": \"gpt-3.5-turbo-instruct\", \"choices\": [{\"text\": \"" + text + "\", \"index\": " + index
				+ ", \"logprobs\": null, \"finish_reason\": null}]}";
	}

	private void serve(String body) {
		this.server.stubFor(post("/v1/completions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(body)));
	}

	private static String sse(String... events) {
		StringBuilder body = new StringBuilder();
		for (String event : events) {
			body.append("data: ").append(event).append("\n\n");
		}
		return body.toString();
	}

	@Test
	void streamTextGivesOnlyTheFirstChoiceWhenTheChunksOfTwoChoicesInterleave() {
		serve(sse(chunk(0, "Deep"), chunk(1, "Bright"), chunk(1, " yellow"), chunk(0, " blue"), "[DONE]"));

		List<String> blocking;
		try (BlockingStream<String> stream = this.client.completions().streamText(TWO_CHOICES)) {
			blocking = stream.stream().toList();
		}
		List<Completion> chunks = this.client.completions().streamAsync(TWO_CHOICES).collectList()
			.block(Duration.ofSeconds(60));

		assertThat(blocking).containsExactly("Deep", " blue");
		assertThat(chunks).extracting(Completion::text).containsExactly("Deep", "", "", " blue");
		assertThat(chunks).extracting((chunk) -> chunk.choices().get(0).text())
			.containsExactly("Deep", "Bright", " yellow", " blue");
	}

	@Test
	void theTextOfAWholeCompletionIsItsChoiceZeroWhateverTheOrderOfChoices() {
		this.server.stubFor(post("/v1/completions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"id": "cmpl-8ZOuLfnKVKbyA1bNx2QuZnUfzk1a3", "object": "text_completion", "created": 1703182193,
					 "model": "gpt-3.5-turbo-instruct",
					 "choices": [{"text": "Bright yellow", "index": 1, "logprobs": null, "finish_reason": "stop"},
					             {"text": "Deep blue", "index": 0, "logprobs": null, "finish_reason": "stop"}]}
					""")));

		Completion completion = this.client.completions().create(TWO_CHOICES);

		assertThat(completion.text()).isEqualTo("Deep blue");
		assertThat(completion.finishReasons()).containsExactly("stop", "stop");
	}

	@Test
	void garbageInsteadOfAChunkEndsTheStreamTypedAndFreesTheConnection() throws Exception {
		List<String> events = List.of(chunk(0, "Deep"), "{\"id\": \"cmpl-1\", \"choices\": [{\"text\": \"unterminated",
				chunk(0, " blue"));
		try (ScriptedSseServer sse = new ScriptedSseServer(events, 5, false)) {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + sse.port() + "/v1").build());

			StepVerifier.create(this.client.completions().streamTextAsync(TWO_CHOICES))
				.expectNext("Deep")
				.expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(OpenAIResponseException.class)
					.hasMessageStartingWith("Unreadable stream event from 127.0.0.1"))
				.verify(Duration.ofSeconds(60));
			assertThat(sse.connections()).isEqualTo(1);
			awaitPoolDrained();
		}
	}

	@Test
	void anErrorEventEchoingTheKeyEndsTheStreamWithoutTheKeyInTheException() {
		serve(sse(chunk(0, "Deep"), "{\"error\": {\"message\": \"Incorrect API key provided: " + API_KEY
				+ ".\", \"type\": \"invalid_request_error\", \"param\": null, \"code\": \"invalid_api_key\"}}"));

		try (BlockingStream<String> stream = this.client.completions().streamText(TWO_CHOICES)) {
			assertThatThrownBy(() -> stream.stream().toList()).isInstanceOfSatisfying(OpenAIStreamException.class,
					(ex) -> {
						assertThat(ex.error().code()).isEqualTo("invalid_api_key");
						assertThat(ex.getMessage()).doesNotContain("SECRET0123");
						assertThat(ex.error().message()).doesNotContain("SECRET0123");
					});
		}
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/completions")));
		awaitPoolDrained();
	}

	private void awaitPoolDrained() {
		await("connections released").atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.client.connectionPoolStats()).get().satisfies((stats) -> {
				assertThat(stats.active()).as("active connections").isZero();
				assertThat(stats.pending()).as("pending acquisitions").isZero();
			}));
	}

}
