package dev.integrations.openai.realtime;

import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;

/**
 * The client and local WebSocket server of a Realtime session test, closed after each test, with the hook that
 * records what the sessions report.
 */
abstract class RealtimeSessionTestSupport {

	final RecordingHook hook = new RecordingHook();

	@Nullable RealtimeTestServer server;

	@Nullable OpenAIClient client;

	@AfterEach
	void closeClientAndServer() {
		if (this.client != null) {
			this.client.close();
		}
		if (this.server != null) {
			this.server.close();
		}
	}

	/**
	 * A client of the server, with the recording hook.
	 * @param server the server, closed after the test
	 * @param apiKey the key the client sends
	 * @return the client's sessions
	 */
	RealtimeSessions sessions(RealtimeTestServer server, String apiKey) {
		this.server = server;
		this.client = OpenAIClient.builder()
			.config(OpenAIConfig.builder().baseUrl(server.baseUrl()).apiKey(apiKey).build())
			.hook(this.hook)
			.build();
		return this.client.realtimeSessions();
	}

	/**
	 * A client of the server with the key the server accepts.
	 * @param server the server, closed after the test
	 * @return the client's sessions
	 */
	RealtimeSessions sessions(RealtimeTestServer server) {
		return sessions(server, RealtimeTestServer.API_KEY);
	}

}
