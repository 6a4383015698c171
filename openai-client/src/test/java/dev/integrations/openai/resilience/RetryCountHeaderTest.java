package dev.integrations.openai.resilience;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.models.Model;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every attempt tells the server its number in {@code x-stainless-retry-count}, as OpenAI's official SDKs do
 * (openai-java's {@code RetryingHttpClient}: 0 on the first attempt, then 1, 2, ...), unless the caller set the header.
 */
class RetryCountHeaderTest extends WireMockSupport {

	private static final String MODEL = """
			{"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}
			""";

	private static final String CHUNK = """
			{"id": "chatcmpl-123", "object": "chat.completion.chunk", "created": 1694268190, "model": "gpt-4o-mini",
			 "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hi"}, "finish_reason": null}]}"""
		.replace("\n", "");

	/** Answers 503, then resets the connection, then succeeds with {@code success}. */
	private void failTwiceThen(Supplier<MappingBuilder> mapping, ResponseDefinitionBuilder success) {
		this.server.stubFor(mapping.get().inScenario("attempts")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"message\":\"The engine is currently overloaded, please try again later.\","
						+ "\"type\":\"server_error\"}}"))
			.willSetStateTo("second"));
		this.server.stubFor(mapping.get().inScenario("attempts")
			.whenScenarioStateIs("second")
			.willReturn(aResponse().withFault(CONNECTION_RESET_BY_PEER))
			.willSetStateTo("recovered"));
		this.server.stubFor(mapping.get().inScenario("attempts").whenScenarioStateIs("recovered").willReturn(success));
	}

	private List<String> retryCountsOnTheWire() {
		List<ServeEvent> events = new ArrayList<>(this.server.getAllServeEvents());
		Collections.reverse(events);
		return events.stream().map((event) -> event.getRequest().getHeader("x-stainless-retry-count")).toList();
	}

	@Test
	void blockingAttemptsAreNumberedFromZero() {
		failTwiceThen(() -> get("/v1/models/gpt-4o-mini"), okJson(MODEL));

		Model model = this.client.models().retrieve("gpt-4o-mini");

		assertThat(model.id()).isEqualTo("gpt-4o-mini");
		assertThat(retryCountsOnTheWire()).containsExactly("0", "1", "2");
	}

	@Test
	void reactiveAttemptsAreNumberedFromZero() {
		failTwiceThen(() -> get("/v1/models/gpt-4o-mini"), okJson(MODEL));

		Model model = this.client.models().retrieveAsync("gpt-4o-mini").block();

		assertThat(model.id()).isEqualTo("gpt-4o-mini");
		assertThat(retryCountsOnTheWire()).containsExactly("0", "1", "2");
	}

	@Test
	void streamAttemptsAreNumberedFromZero() {
		failTwiceThen(() -> post("/v1/chat/completions"), aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody("data: " + CHUNK + "\n\ndata: [DONE]\n\n"));
		ChatCompletionRequest request = ChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.addUserMessage("Hello!")
			.build();

		List<ChatCompletionChunk> chunks = this.client.chatCompletions().streamAsync(request).collectList().block();

		assertThat(chunks).singleElement().satisfies((chunk) -> assertThat(chunk.id()).isEqualTo("chatcmpl-123"));
		assertThat(retryCountsOnTheWire()).containsExactly("0", "1", "2");
	}

	@Test
	void aCallersOwnRetryCountHeaderIsKept() {
		failTwiceThen(() -> get("/v1/models/gpt-4o-mini"), okJson(MODEL));
		try (OpenAIClient client = OpenAIClient.builder()
			.config(configBuilder().defaultHeader("X-Stainless-Retry-Count", "7").build())
			.build()) {
			client.models().retrieve("gpt-4o-mini");
		}
		assertThat(retryCountsOnTheWire()).containsExactly("7", "7", "7");
	}

}
