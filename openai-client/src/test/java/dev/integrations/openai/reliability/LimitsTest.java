package dev.integrations.openai.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.integrations.openai.client.ClientInternals;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.transport.ApiRequest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Responses larger than {@code maxInMemorySize} fail with a typed {@link OpenAIResponseException} naming the limit
 * (never an {@link OutOfMemoryError} or a raw codec exception), are not retried, and release their connection. The
 * limit applies to each buffered body or event, not to a whole stream.
 */
class LimitsTest extends ReliabilitySupport {

	private static final int LIMIT = 4096;

	private static final String LIMIT_MESSAGE = "Response from 127.0.0.1 exceeds the in-memory limit of 4096 bytes "
			+ "(maxInMemorySize)";

	private static final String PATH = "/v1/models/gpt-4o-mini";

	record Chunk(String id, List<Map<String, Object>> choices) {
	}

	private static ApiRequest streamRequest() {
		return ApiRequest.post("/chat/completions")
			.operation("chat.completions.create")
			.model("gpt-4o-mini")
			.jsonBody(Map.of("model", "gpt-4o-mini", "stream", true, "messages",
					List.of(Map.of("role", "user", "content", "Write a long story"))))
			.build();
	}

	private static String chunk(String content) {
		return "data: {\"id\":\"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG\",\"choices\":[{\"index\":0,\"delta\":"
				+ "{\"content\":\"" + content + "\"}}]}\n\n";
	}

	@Test
	void jsonBodyOverTheLimitIsATypedErrorInBothForms() {
		wireMock.stubFor(get(PATH).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"gpt-4o-mini\", \"object\": \"model\", \"created\": 1721172741, \"owned_by\": \""
					+ "system ".repeat(2_000) + "\"}")));
		OpenAIClient client = client(config(wireMockUrl()).maxInMemorySize(LIMIT).build());

		assertThatThrownBy(() -> client.models().retrieve("gpt-4o-mini"))
			.isExactlyInstanceOf(OpenAIResponseException.class)
			.hasMessage(LIMIT_MESSAGE);
		assertThatThrownBy(() -> client.models().retrieveAsync("gpt-4o-mini").block(Duration.ofSeconds(10)))
			.isExactlyInstanceOf(OpenAIResponseException.class)
			.hasMessage(LIMIT_MESSAGE);
		assertThat(wireMock.findAll(getRequestedFor(urlEqualTo(PATH)))).as("not retried").hasSize(2);
		assertPoolDrained(client);
	}

	@Test
	void chunkedBodyGrowingPastTheLimitIsATypedError() {
		String url = stub((request, response) -> response.header("Content-Type", "application/json")
			.sendString(Flux.just("{\"id\": \"gpt-4o-mini\", \"owned_by\": \"")
				.concatWith(Flux.range(0, 100).map((i) -> "system ".repeat(20)))
				.concatWith(Mono.just("\"}"))));
		OpenAIClient client = client(config(url).maxInMemorySize(LIMIT).build());

		assertThatThrownBy(() -> client.models().retrieve("gpt-4o-mini"))
			.isExactlyInstanceOf(OpenAIResponseException.class)
			.hasMessage(LIMIT_MESSAGE);
		assertThat(this.stubRequests).hasValue(1);
		assertPoolDrained(client);
	}

	@Test
	void streamEventOverTheLimitIsATypedError() {
		String url = stub((request, response) -> response.header("Content-Type", "text/event-stream")
			.sendString(Flux.just(chunk("Once"), chunk("upon ".repeat(2_000)), chunk("a time"), "data: [DONE]\n\n")));
		OpenAIClient client = client(config(url).maxInMemorySize(LIMIT).build());

		List<Chunk> received = new CopyOnWriteArrayList<>();
		assertThatThrownBy(() -> ClientInternals.executor(client)
			.stream(LimitsTest::streamRequest, Chunk.class)
			.doOnNext(received::add)
			.blockLast(Duration.ofSeconds(10)))
			.isExactlyInstanceOf(OpenAIResponseException.class)
			.hasMessage(LIMIT_MESSAGE);
		assertThat(received).hasSize(1);
		assertThat(this.stubRequests).hasValue(1);
		assertPoolDrained(client);
	}

	@Test
	void streamLargerThanTheLimitInSmallEventsIsDeliveredWhole() {
		int events = 200;
		String url = stub((request, response) -> response.header("Content-Type", "text/event-stream")
			.sendString(Flux.range(0, events).map((i) -> chunk("word" + i + " ")).concatWith(Mono.just("data: [DONE]\n\n"))));
		OpenAIClient client = client(config(url).maxInMemorySize(LIMIT).build());

		List<Chunk> received = ClientInternals.executor(client)
			.stream(LimitsTest::streamRequest, Chunk.class)
			.collectList()
			.block(Duration.ofSeconds(10));

		assertThat(received).hasSize(events);
		assertThat(received.get(events - 1).choices().get(0)).extracting("delta")
			.isEqualTo(Map.of("content", "word199 "));
		assertPoolDrained(client);
	}

	@Test
	void errorBodyOverTheLimitStillGivesTheTypedStatusError() {
		wireMock.stubFor(get(PATH).willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
			.withBody("<html><body>" + "<p>Service Unavailable</p>".repeat(1_000) + "</body></html>")));
		OpenAIClient client = client(config(wireMockUrl()).maxInMemorySize(LIMIT).build());

		assertThatThrownBy(() -> client.models().retrieve("gpt-4o-mini"))
			.isInstanceOfSatisfying(InternalServerException.class,
					(ex) -> {
						assertThat(ex.statusCode()).isEqualTo(503);
						assertThat(ex.isRetryable()).isTrue();
						assertThat(ex.error().message()).isEqualTo("HTTP 503 Service Unavailable (body larger than the"
								+ " in-memory limit of 4096 bytes, not read)");
					});
		assertThat(wireMock.findAll(getRequestedFor(urlEqualTo(PATH)))).as("retried like any 503").hasSize(3);
		assertPoolDrained(client);
	}

}
