package dev.integrations.openai.samples.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.chat.ChatMessage;
import dev.integrations.openai.chat.ResponseFormat;
import dev.integrations.openai.chat.StreamOptions;
import dev.integrations.openai.chat.UserMessage;
import dev.integrations.openai.test.AutoConfigureMockOpenAI;
import dev.integrations.openai.test.MockOpenAI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/chat} against a scripted OpenAI ({@link AutoConfigureMockOpenAI}): what the page receives for a
 * streamed reply and for a rate limit, and what the controller sends. The key is blanked, so the sample's demo mode
 * is on too: the mock's connection details win over the demo backend's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "openai.api-key=", "openai.retry.initial-backoff=10ms" })
@AutoConfigureMockOpenAI
class ChatControllerMockOpenAITests {

	private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	MockOpenAI mock;

	@Autowired
	ChatAppProperties properties;

	@LocalServerPort
	int port;

	@Test
	void chatRelaysTheScriptedDeltasThenDoneAndSendsThePromptWithUsageRequested() {
		this.mock.chat().streamReply("Hel", "lo", " there");

		List<ServerSentEvent<Map<String, Object>>> events = chat("Hi!");

		assertThat(events).extracting(ServerSentEvent::event).containsExactly("delta", "delta", "delta", "done");
		assertThat(events.subList(0, 3)).extracting((event) -> event.data().get("text"))
			.containsExactly("Hel", "lo", " there");
		assertThat(events.get(3).data()).containsEntry("finishReason", "stop")
			.containsEntry("model", this.properties.getModel());
		assertThat((Integer) events.get(3).data().get("inputTokens")).isPositive();
		ChatCompletionRequest sent = this.mock.chat().lastRequest();
		assertThat(sent.model()).isEqualTo(this.properties.getModel());
		assertThat(sent.stream()).isTrue();
		assertThat(sent.streamOptions()).isEqualTo(StreamOptions.withUsage());
		assertThat(sent.messages()).containsExactly(ChatMessage.system(this.properties.getSystemPrompt()),
				ChatMessage.user("Hi!"));
	}

	@Test
	void rateLimitLongerThanTheMaximumBackoffBecomesAnErrorEventAfterOneAttempt() {
		this.mock.chat().failWith(429, Duration.ofMinutes(1));

		List<ServerSentEvent<Map<String, Object>>> events = chat("Hi!");

		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.event()).isEqualTo("error");
			assertThat(event.data()).containsEntry("type", "RateLimitException");
		});
		assertThat(this.mock.chat().requestCount()).isEqualTo(1);
	}

	@Test
	void suggestionsAreTheScriptedRecordReadThroughTheGeneratedSchema() {
		this.mock.chat()
			.replyWith(new FollowUpQuestions(List.of("How are retries spaced?", "What opens the circuit breaker?",
					"Which metrics are recorded?")));

		Map<String, Object> body = client().post()
			.uri("/api/suggestions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("messages", List.of(Map.of("role", "user", "content", "How do retries work?"),
					Map.of("role", "assistant", "content", "With exponential back-off."))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(body).containsExactly(Map.entry("questions", List.of("How are retries spaced?",
				"What opens the circuit breaker?", "Which metrics are recorded?")));
		ChatCompletionRequest sent = this.mock.chat().lastRequest();
		assertThat(sent.responseFormat()).isEqualTo(ResponseFormat.jsonSchema(FollowUpQuestions.class));
		assertThat(sent.stream()).isNull();
		assertThat(sent.streamOptions()).isNull();
		assertThat(sent.messages()).hasSize(4).last().isInstanceOf(UserMessage.class);
	}

	@Test
	void anUnreadableSuggestionAnswerGivesNoSuggestions() {
		this.mock.chat().replyWith("not JSON at all");

		client().post()
			.uri("/api/suggestions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("messages", List.of(Map.of("role", "user", "content", "Hi!"),
					Map.of("role", "assistant", "content", "Hello!"))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("{\"questions\": []}", JsonCompareMode.STRICT);
	}

	private WebTestClient client() {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	private List<ServerSentEvent<Map<String, Object>>> chat(String message) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("messages", List.of(Map.of("role", "user", "content", message))))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(EVENT)
			.getResponseBody()
			.collectList()
			.block(Duration.ofSeconds(30));
	}

}
