package dev.integrations.openai.transport;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.errors.OpenAIStreamException;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class ServerSentEventsTest extends WireMockSupport {

	private ApiExecutor executor;

	record Chunk(String id, List<Map<String, Object>> choices) {
	}

	@BeforeEach
	void createExecutor() {
		var config = configBuilder().build();
		this.executor = newExecutor(config, ResilienceOrchestrator.builder().retry(config.retry()).build());
	}

	private static String sse(String... events) {
		StringBuilder body = new StringBuilder();
		for (String event : events) {
			body.append(event).append("\n\n");
		}
		return body.toString();
	}

	private ApiRequest request() {
		return ApiRequest.post("/chat/completions").operation("chat.completions.create")
			.jsonBody(Map.of("model", "gpt-4o-mini", "stream", true))
			.build();
	}

	@Test
	void eventsAreDecodedUntilDoneAndCommentsAreSkipped() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(sse(": keep-alive", "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}",
					"data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"}}]}", "data: [DONE]"))));

		StepVerifier.create(this.executor.stream(this::request, Chunk.class))
			.assertNext((chunk) -> assertThat(chunk.choices().get(0)).containsEntry("delta", Map.of("content", "Hel")))
			.assertNext((chunk) -> assertThat(chunk.id()).isEqualTo("c1"))
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withHeader("Accept", equalTo("text/event-stream"))
			.withRequestBody(equalToJson("{\"model\":\"gpt-4o-mini\",\"stream\":true}")));
	}

	@Test
	void errorEventEndsTheStreamWithTypedError() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(sse("data: {\"id\":\"c1\",\"choices\":[]}",
					"data: {\"error\":{\"message\":\"The server had an error while processing your request.\",\"type\":\"server_error\",\"code\":null}}"))));

		StepVerifier.create(this.executor.stream(this::request, Chunk.class))
			.expectNextCount(1)
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(OpenAIStreamException.class)
				.hasMessageContaining("server_error"))
			.verify();
	}

	@Test
	void blockingStreamIteratesEvents() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(sse("data: {\"id\":\"a\",\"choices\":[]}", "data: {\"id\":\"b\",\"choices\":[]}", "data: [DONE]"))));

		try (BlockingStream<Chunk> stream = this.executor.blockingStream(request(), Chunk.class)) {
			assertThat(stream.stream().map(Chunk::id)).containsExactly("a", "b");
		}
	}

}
