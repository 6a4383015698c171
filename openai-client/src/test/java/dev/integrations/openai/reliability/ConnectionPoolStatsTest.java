package dev.integrations.openai.reliability;

import java.time.Duration;

import dev.integrations.openai.client.ConnectionPoolStats;
import dev.integrations.openai.client.OpenAIClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link OpenAIClient#connectionPoolStats()} reports the client's own pool: connections in use, idle, awaited.
 */
class ConnectionPoolStatsTest extends ReliabilitySupport {

	private static final String MODEL_JSON = """
			{"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}""";

	@Test
	void statsFollowCallsInFlightIdleConnectionsAndWaitingCalls() {
		Sinks.Empty<Void> release = Sinks.empty();
		String url = stub((request, response) -> release.asMono()
			.then(response.header("Content-Type", "application/json").sendString(Mono.just(MODEL_JSON)).then()));
		OpenAIClient client = client(config(url).responseTimeout(Duration.ofSeconds(10)).maxConnections(1).build());
		assertThat(poolStats(client)).isEqualTo(new ConnectionPoolStats(0, 0, 0, 0, 1));

		Disposable first = client.models().retrieveAsync("gpt-4o-mini").subscribe();
		Disposable second = client.models().retrieveAsync("gpt-4o-mini").subscribe();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(poolStats(client)).isEqualTo(new ConnectionPoolStats(1, 0, 1, 1, 1)));

		release.tryEmitEmpty();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(poolStats(client)).isEqualTo(new ConnectionPoolStats(0, 1, 0, 1, 1)));
		assertThat(this.stubRequests).hasValue(2);
		assertThat(first.isDisposed() && second.isDisposed()).isTrue();

		client.close();
		assertThat(poolStats(client)).isEqualTo(new ConnectionPoolStats(0, 0, 0, 0, 1));
	}

	@Test
	void clientOnACallersConnectorHasNoStatsToReport() {
		try (OpenAIClient client = OpenAIClient.builder()
			.config(config(wireMockUrl()).build())
			.clientConnector(new ReactorClientHttpConnector())
			.build()) {
			assertThat(client.connectionPoolStats()).isEmpty();
		}
	}

}
