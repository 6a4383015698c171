package dev.integrations.openai.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.embeddings.EmbeddingRequest;
import dev.integrations.openai.embeddings.EmbeddingResponse;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.responses.ResponseRequest;
import dev.integrations.openai.responses.ResponseStreamEvent;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RawResponseTest extends WireMockSupport {

	private static final String COMPLETION = """
			{"id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG", "object": "chat.completion", "created": 1741570283,
			 "model": "gpt-4o-mini-2024-07-18", "choices": [{"index": 0, "message": {"role": "assistant",
			 "content": "Hello! How can I help you today?", "refusal": null, "annotations": []},
			 "logprobs": null, "finish_reason": "stop"}],
			 "usage": {"prompt_tokens": 9, "completion_tokens": 9, "total_tokens": 18},
			 "service_tier": "default", "system_fingerprint": "fp_44709d6fcb"}
			""";

	private static final String CHUNK = "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\","
			+ "\"created\":1694268190,\"model\":\"gpt-4o-mini\",\"system_fingerprint\":\"fp_44709d6fcb\","
			+ "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"%s\"},\"logprobs\":null,\"finish_reason\":null}]}";

	private static final ChatCompletionRequest CHAT = ChatCompletionRequest.builder()
		.model("gpt-4o-mini")
		.addUserMessage("Say hello.")
		.build();

	private static ResponseDefinitionBuilder withOpenAIHeaders(ResponseDefinitionBuilder response) {
		return response.withHeader("x-request-id", "req_9f3b7c2d")
			.withHeader("openai-processing-ms", "347")
			.withHeader("x-ratelimit-limit-requests", "10000")
			.withHeader("x-ratelimit-remaining-requests", "9999")
			.withHeader("x-ratelimit-reset-requests", "6ms")
			.withHeader("x-ratelimit-limit-tokens", "200000")
			.withHeader("x-ratelimit-remaining-tokens", "199982")
			.withHeader("x-ratelimit-reset-tokens", "5ms");
	}

	private static final RateLimitHeaders LIMITS = new RateLimitHeaders(10000L, 9999L, Duration.ofMillis(6), 200000L,
			199982L, Duration.ofMillis(5));

	private void serveChatStream() {
		String body = String.format("data: " + CHUNK + "\n\ndata: " + CHUNK + "\n\ndata: [DONE]\n\n", "Hello", "!");
		this.server.stubFor(post("/v1/chat/completions").willReturn(withOpenAIHeaders(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(body))));
	}

	@Test
	void blockingCallGivesStatusHeadersRequestIdRateLimitsProcessingTimeAndBody() {
		this.server.stubFor(post("/v1/chat/completions")
			.willReturn(withOpenAIHeaders(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(COMPLETION))));

		RawResponse<ChatCompletion> raw = this.client.chatCompletions().withRawResponse((chat) -> chat.create(CHAT));

		assertThat(raw.statusCode()).isEqualTo(200);
		assertThat(raw.requestId()).contains("req_9f3b7c2d");
		assertThat(raw.processingTime()).contains(Duration.ofMillis(347));
		assertThat(raw.rateLimit()).isEqualTo(LIMITS);
		assertThat(raw.header("Content-Type")).isEqualTo("application/json");
		assertThat(raw.body().content()).isEqualTo("Hello! How can I help you today?");
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void reactiveCallEmitsTheRawResponseAndCombinesWithOptions() {
		this.server.stubFor(post("/v1/embeddings").willReturn(withOpenAIHeaders(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"object": "list", "data": [{"object": "embedding", "index": 0,
					 "embedding": [0.0023064255, -0.009327292]}],
					 "model": "text-embedding-3-small", "usage": {"prompt_tokens": 5, "total_tokens": 5}}
					"""))));
		EmbeddingRequest request = EmbeddingRequest.builder()
			.model("text-embedding-3-small")
			.input("The food was delicious.")
			.build();

		StepVerifier.create(this.client.embeddings()
			.withOptions(RequestOptions.builder().header("X-Trace-Id", "trace-77").build())
			.withRawResponseAsync((embeddings) -> embeddings.createAsync(request)))
			.assertNext((RawResponse<EmbeddingResponse> raw) -> {
				assertThat(raw.requestId()).contains("req_9f3b7c2d");
				assertThat(raw.rateLimit().remainingTokens()).isEqualTo(199982L);
				assertThat(raw.body().model()).isEqualTo("text-embedding-3-small");
			})
			.expectComplete()
			.verify(Duration.ofSeconds(30));
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/embeddings")).withHeader("X-Trace-Id",
				equalTo("trace-77")));
	}

	@Test
	void reactiveStreamGivesTheHeadersThenTheLiveEvents() {
		serveChatStream();

		RawResponse<Flux<ChatCompletionChunk>> raw = this.client.chatCompletions()
			.withRawStreamAsync((chat) -> chat.streamAsync(CHAT))
			.block(Duration.ofSeconds(10));

		assertThat(raw.statusCode()).isEqualTo(200);
		assertThat(raw.requestId()).contains("req_9f3b7c2d");
		assertThat(raw.rateLimit()).isEqualTo(LIMITS);
		assertThat(raw.header("content-type")).startsWith("text/event-stream");
		List<String> texts = raw.body()
			.map((chunk) -> chunk.choices().get(0).delta().content())
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(texts).containsExactly("Hello", "!");
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void eventsOfARawStreamCanBeTakenInPartAndTheRestCancelled() {
		serveChatStream();

		RawResponse<Flux<ChatCompletionChunk>> raw = this.client.chatCompletions()
			.withRawStreamAsync((chat) -> chat.streamAsync(CHAT))
			.block(Duration.ofSeconds(10));

		StepVerifier.create(raw.body().take(1))
			.assertNext((chunk) -> assertThat(chunk.choices().get(0).delta().content()).isEqualTo("Hello"))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void blockingStreamGivesTheHeadersThenItsEvents() {
		this.server.stubFor(post("/v1/responses").willReturn(withOpenAIHeaders(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody("""
					event: response.output_text.delta
					data: {"type":"response.output_text.delta","item_id":"msg_67c9fdcf37fc8190ba82116e33fb28c5",\
					"output_index":0,"content_index":0,"delta":"Once","logprobs":[],"sequence_number":1}

					event: response.output_text.delta
					data: {"type":"response.output_text.delta","item_id":"msg_67c9fdcf37fc8190ba82116e33fb28c5",\
					"output_index":0,"content_index":0,"delta":" upon a time","logprobs":[],"sequence_number":2}

					"""))));
		ResponseRequest request = ResponseRequest.builder().model("gpt-4.1").input("Tell me a story.").build();

		RawResponse<BlockingStream<ResponseStreamEvent>> raw = this.client.responses()
			.withRawResponse((responses) -> responses.stream(request));

		assertThat(raw.requestId()).contains("req_9f3b7c2d");
		assertThat(raw.processingTime()).contains(Duration.ofMillis(347));
		List<String> deltas = new ArrayList<>();
		try (BlockingStream<ResponseStreamEvent> events = raw.body()) {
			for (ResponseStreamEvent event : events) {
				deltas.add(((ResponseStreamEvent.OutputTextDelta) event).delta());
			}
		}
		assertThat(deltas).containsExactly("Once", " upon a time");
	}

	@Test
	void streamRefusedBeforeItsFirstEventFailsWithTheTypedError() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_bad400")
			.withBody("""
					{"error": {"message": "Invalid value for 'model': 'gpt-unknown'.",
					 "type": "invalid_request_error", "param": "model", "code": null}}
					""")));

		StepVerifier.create(this.client.chatCompletions().withRawStreamAsync((chat) -> chat.streamAsync(CHAT)))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(BadRequestException.class,
					(bad) -> assertThat(bad.requestId()).isEqualTo("req_bad400")))
			.verify(Duration.ofSeconds(30));
		assertThatThrownBy(() -> this.client.chatCompletions().withRawResponse((chat) -> chat.stream(CHAT)))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("param: model");
	}

	@Test
	void aReactiveCallGivenToTheBlockingFormIsRefusedWithoutARequest() {
		assertThatThrownBy(() -> this.client.chatCompletions().withRawResponse((chat) -> chat.createAsync(CHAT)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("withRawResponseAsync");
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
