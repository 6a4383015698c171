package dev.integrations.openai.samples.chat;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.autoconfigure.OpenAIClients;
import dev.integrations.openai.client.OpenAIClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's switch between two clients in demo mode: the top-level client on one demo backend and the named client
 * {@code local} ({@code openai.clients.local.*}) on a second one, each with its own model and its own meters.
 */
class ChatAppNamedClientsTests extends DemoModeTestSupport {

	@Autowired
	OpenAIClient defaultClient;

	@Autowired
	OpenAIClients clients;

	@Test
	void infoListsTheTopLevelClientThenTheNamedOneWithTheirModels() {
		client().get()
			.uri("/api/info")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.clients[*].name")
			.isEqualTo(List.of("default", "local"))
			.jsonPath("$.clients[*].model")
			.isEqualTo(List.of("gpt-4o-mini", "llama3.2:3b"))
			.jsonPath("$.clients[*].host")
			.isEqualTo(List.of("127.0.0.1", "127.0.0.1"));
	}

	@Test
	void theNamedClientCallsItsOwnBackendWithItsOwnModel() {
		assertThat(this.clients.names()).containsExactly("local");
		assertThat(this.clients.get("local").config().baseUrl()).isNotEqualTo(this.defaultClient.config().baseUrl())
			.startsWith("http://127.0.0.1:");

		List<ServerSentEvent<Map<String, Object>>> events = chat("Hello there!", "local").collectList().block();

		ServerSentEvent<Map<String, Object>> done = events.get(events.size() - 1);
		assertThat(done.event()).isEqualTo("done");
		assertThat(done.data()).containsEntry("client", "local").containsEntry("model", "llama3.2:3b");
	}

	@Test
	void eachClientsCallsShowInItsOwnMetricsSnapshot() {
		double localBefore = calls("local");
		double defaultBefore = calls("default");

		chat("Show me the dashboard", "local").collectList().block();

		assertThat(calls("local")).isEqualTo(localBefore + 1);
		assertThat(calls("default")).isEqualTo(defaultBefore);
		assertThat(prometheus()).containsPattern("openai_client_calls_total\\{.*openai_client_name=\"local\"")
			.containsPattern("openai_client_circuit_state\\{.*openai_client_name=\"local\".*state=\"closed\".*\\} 1");
	}

	@Test
	void anUnknownClientIsABadRequest() {
		client().post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("messages", List.of(Map.of("role", "user", "content", "Hi")), "client", "azure"))
			.exchange()
			.expectStatus()
			.isBadRequest();
		client().get().uri("/api/metrics?client=azure").exchange().expectStatus().isBadRequest();
	}

	private double calls(String client) {
		Object calls = client().get()
			.uri("/api/metrics?client=" + client)
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("calls");
		return ((Number) calls).doubleValue();
	}

}
