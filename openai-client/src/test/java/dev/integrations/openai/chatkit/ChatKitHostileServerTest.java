package dev.integrations.openai.chatkit;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.integrations.openai.EchoingServer;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.errors.AuthenticationException;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.UnexpectedStatusException;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.RetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.integrations.openai.EchoingServer.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * ChatKit sessions against hostile servers on raw loopback sockets: the API key echoed in an error body, a redirect
 * to another host, and a session body cut in the middle of its client secret. Each ends with a typed error that
 * shows neither the key nor the client secret, and frees its connection.
 */
class ChatKitHostileServerTest {

	private static final String KEY = "sk-chatkit-hostile-0123456789abcdef";

	private static final String SECRET = "ek_68df4b2c5f9c8190b2a9c1e5d2f0c7e1_hostile";

	private static final ChatSessionRequest REQUEST = ChatSessionRequest.builder()
		.workflow("wf_68df4b13b3588190")
		.user("user_789")
		.build();

	private final List<AutoCloseable> closeables = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable closeable : this.closeables) {
			closeable.close();
		}
	}

	@Test
	void anErrorBodyEchoingTheKeyIsTypedAndNeverShowsTheKey() throws IOException {
		OpenAIClient client = client(server((auth) -> response("401 Unauthorized", "", "application/json",
				"{\"error\": {\"message\": \"Incorrect API key provided: " + auth + "\", \"type\":"
						+ " \"invalid_request_error\", \"code\": \"invalid_api_key\"}}")));

		assertThatExceptionOfType(AuthenticationException.class)
			.isThrownBy(() -> client.chatKit().sessions().create(REQUEST))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("Incorrect API key provided").doesNotContain(KEY));
		assertPoolDrained(client);
	}

	@Test
	void aRedirectToAnotherHostIsNotFollowed() throws IOException {
		EchoingServer elsewhere = server((auth) -> response("200 OK", "", "application/json", session(SECRET)));
		OpenAIClient client = client(server((auth) -> response("307 Temporary Redirect",
				"Location: " + elsewhere.baseUrl() + "/chatkit/sessions\r\n", "application/json", "{}")));

		assertThatExceptionOfType(UnexpectedStatusException.class)
			.isThrownBy(() -> client.chatKit().sessions().create(REQUEST));
		assertThat(elsewhere.requests()).isZero();
		assertPoolDrained(client);
	}

	@Test
	void aSessionCutInsideItsClientSecretFailsTypedWithoutTheSecret() throws IOException {
		String whole = session(SECRET);
		String cut = whole.substring(0, whole.indexOf(SECRET) + SECRET.length() - 4);
		OpenAIClient client = client(server((auth) -> "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + whole.length() + "\r\nConnection: close\r\n\r\n" + cut));

		assertThatExceptionOfType(OpenAIException.class).isThrownBy(() -> client.chatKit().sessions().create(REQUEST))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(SECRET.substring(0, 20)));
		assertPoolDrained(client);
	}

	private static String session(String secret) {
		return "{\"id\": \"cksess_1\", \"object\": \"chatkit.session\", \"expires_at\": 1759530600, \"client_secret\": \""
				+ secret + "\", \"workflow\": {\"id\": \"wf_1\", \"version\": null, \"state_variables\": null,"
				+ " \"tracing\": {\"enabled\": true}}, \"user\": \"user_789\", \"status\": \"active\"}";
	}

	private EchoingServer server(Function<String, String> response) throws IOException {
		EchoingServer server = new EchoingServer(response);
		this.closeables.add(server);
		return server;
	}

	private OpenAIClient client(EchoingServer server) {
		OpenAIClient client = OpenAIClient.builder()
			.config(OpenAIConfig.builder()
				.baseUrl(server.baseUrl())
				.apiKey(KEY)
				.responseTimeout(Duration.ofSeconds(30))
				.retry(new RetrySettings(2, Duration.ofMillis(1), Duration.ofMillis(20), 2.0, 0.0))
				.circuitBreaker(CircuitBreakerSettings.DISABLED)
				.build())
			.build();
		this.closeables.add(0, client);
		return client;
	}

	private static void assertPoolDrained(OpenAIClient client) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(client.connectionPoolStats()).get()
				.satisfies((stats) -> assertThat(stats.active()).isZero()));
	}

}
