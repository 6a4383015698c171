package dev.integrations.openai;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.integrations.openai.auth.ApiKeyAuthProvider;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.transport.OpenAIJson;
import dev.integrations.openai.transport.WebClientTransports;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.RetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Base class of the WireMock tests: a server on a random loopback port and a client pointed at it, with short
 * retry delays so that retry tests finish in milliseconds.
 */
public abstract class WireMockSupport {

	/** The key every test client sends; tests assert it never leaks. */
	public static final String API_KEY = "sk-test-SECRET0123456789abcdef";

	protected WireMockServer server;

	protected OpenAIClient client;

	@BeforeEach
	void startServer() {
		this.server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		this.server.start();
		this.client = OpenAIClient.builder().config(configBuilder().build()).build();
	}

	@AfterEach
	void stopServer() {
		this.client.close();
		this.server.stop();
	}

	/**
	 * The configuration of the test client; override to adjust.
	 * @return a builder pointed at the WireMock server
	 */
	protected OpenAIConfig.Builder configBuilder() {
		return OpenAIConfig.builder()
			.baseUrl("http://127.0.0.1:" + this.server.port() + "/v1")
			.apiKey(API_KEY)
			.organization("org-test123")
			.project("proj_test456")
			.responseTimeout(Duration.ofSeconds(30))
			.streamIdleTimeout(Duration.ofSeconds(30))
			.retry(new RetrySettings(2, Duration.ofMillis(1), Duration.ofMillis(20), 2.0, 0.0))
			.circuitBreaker(CircuitBreakerSettings.DISABLED);
	}

	/**
	 * An executor for arbitrary requests against the WireMock server, for tests of the core below the services.
	 * @param config the configuration
	 * @param orchestrator the orchestrator
	 * @return the executor
	 */
	protected ApiExecutor newExecutor(OpenAIConfig config, ResilienceOrchestrator orchestrator) {
		return new ApiExecutor(WebClientTransports.create(WebClient.builder(), new ReactorClientHttpConnector(), config,
				ApiKeyAuthProvider.of(API_KEY), OpenAIJson.mapper()), orchestrator, "127.0.0.1", this.server.port());
	}

	/**
	 * Rebuilds the client with another configuration.
	 * @param config the configuration
	 */
	protected void useClient(OpenAIConfig config) {
		this.client.close();
		this.client = OpenAIClient.builder().config(config).build();
	}

	/**
	 * Joins the chunks of a byte download.
	 * @param chunks the chunks
	 * @return every byte, in order
	 */
	public static byte[] join(Flux<ByteBuffer> chunks) {
		ByteArrayOutputStream out = chunks.reduce(new ByteArrayOutputStream(), (joined, chunk) -> {
			byte[] bytes = new byte[chunk.remaining()];
			chunk.get(bytes);
			joined.writeBytes(bytes);
			return joined;
		}).block();
		return (out != null) ? out.toByteArray() : new byte[0];
	}

}
