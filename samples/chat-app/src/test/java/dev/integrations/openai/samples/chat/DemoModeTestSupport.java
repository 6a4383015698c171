package dev.integrations.openai.samples.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * The sample on a random port in demo mode (the key is blanked, so an {@code OPENAI_API_KEY} in the environment
 * does not make the tests call the real API). The demo backend refuses every second chat request once with a 429,
 * so any two chats cause a retry. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "openai.api-key=", "chat-app.demo.rate-limit-every=2", "openai.retry.initial-backoff=20ms",
				"chat-app.demo.first-chunk-latency=100ms" })
abstract class DemoModeTestSupport {

	private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT = new ParameterizedTypeReference<>() {
	};

	@Value("${local.server.port}")
	int port;

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl(baseUrl()).responseTimeout(Duration.ofSeconds(30)).build();
	}

	/**
	 * Sends one user message to {@code POST /api/chat}.
	 * @param message the message
	 * @return the events, as they arrive
	 */
	Flux<ServerSentEvent<Map<String, Object>>> chat(String message) {
		return chat(Map.of("messages", List.of(Map.of("role", "user", "content", message))));
	}

	/**
	 * Sends one user message to {@code POST /api/chat}, answered by the given client.
	 * @param message the message
	 * @param client {@code default} or a named client
	 * @return the events, as they arrive
	 */
	Flux<ServerSentEvent<Map<String, Object>>> chat(String message, String client) {
		return chat(Map.of("messages", List.of(Map.of("role", "user", "content", message)), "client", client));
	}

	private Flux<ServerSentEvent<Map<String, Object>>> chat(Map<String, Object> body) {
		return this.client()
			.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(EVENT)
			.getResponseBody();
	}

	/**
	 * Sends one user message and waits for the whole reply.
	 * @param message the message
	 * @return every event
	 */
	List<ServerSentEvent<Map<String, Object>>> chatAndWait(String message) {
		return chat(message).collectList().block(Duration.ofSeconds(30));
	}

	String prometheus() {
		return this.client()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
