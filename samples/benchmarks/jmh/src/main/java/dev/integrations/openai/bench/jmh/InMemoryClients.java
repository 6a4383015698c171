package dev.integrations.openai.bench.jmh;

import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * This client and the raw WebClient floor, both on an {@link InMemoryConnector}, configured as the load drivers
 * configure them.
 */
final class InMemoryClients {

	private static final String BASE_URL = "http://127.0.0.1:18089/v1";

	private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
	};

	private InMemoryClients() {
	}

	/** @return this client with its defaults (retries, circuit breaker) */
	static OpenAIClient thisClient() {
		return OpenAIClient.builder()
			.config(OpenAIConfig.builder().baseUrl(BASE_URL).apiKey("sk-bench-0000").build())
			.clientConnector(new InMemoryConnector())
			.build();
	}

	/** @return raw WebClient with the floor's default header */
	static WebClient floor() {
		return WebClient.builder()
			.clientConnector(new InMemoryConnector())
			.defaultHeader("Authorization", "Bearer sk-bench-0000")
			.build();
	}

	/**
	 * The floor's non-streamed call: a prebuilt body, the reply read as bytes.
	 * @param floor the floor client
	 * @return the reply length
	 */
	static Mono<Integer> floorCall(WebClient floor) {
		return floor.post()
			.uri(BASE_URL + "/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Payloads.FLOOR_BODY)
			.retrieve()
			.bodyToMono(byte[].class)
			.map((bytes) -> bytes.length);
	}

	/**
	 * The floor's streamed call: the events as strings, up to {@code [DONE]}.
	 * @param floor the floor client
	 * @return the events
	 */
	static Flux<ServerSentEvent<String>> floorStream(WebClient floor) {
		return floor.post()
			.uri(BASE_URL + "/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Payloads.FLOOR_BODY)
			.retrieve()
			.bodyToFlux(SSE)
			.takeWhile((event) -> !"[DONE]".equals(event.data()));
	}

}
