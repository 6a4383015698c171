package dev.integrations.openai.client;

import java.util.Optional;

import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.resilience.ResilienceOrchestrator;

/**
 * The OpenAI API, one service per API group. Thread-safe and meant to be shared: create one per application
 * (the Spring Boot starter makes it a bean) and {@link #close()} it on shutdown to release its connection pool.
 *
 * <pre>{@code
 * try (OpenAIClient client = OpenAIClient.builder().config(OpenAIConfig.fromEnv().build()).build()) {
 *     client.models().list().forEach(model -> System.out.println(model.id()));
 * }
 * }</pre>
 */
public interface OpenAIClient extends AutoCloseable {

	/**
	 * Starts building a client.
	 * @return a new builder
	 */
	static OpenAIClientBuilder builder() {
		return new OpenAIClientBuilder();
	}

	/** @return the configuration this client was built with */
	OpenAIConfig config();

	/** @return the orchestrator every call goes through (retry policy, circuit breaker, hooks) */
	ResilienceOrchestrator orchestrator();

	/**
	 * Reads the figures of the connection pool this client created: connections in use, idle and awaited. Useful
	 * for metrics, health checks, and to check that calls release their connections.
	 * @return a snapshot taken now, or empty when the caller supplied the connector (and so owns the pool)
	 */
	default Optional<ConnectionPoolStats> connectionPoolStats() {
		return Optional.empty();
	}

	/** @return the Models API */
	ModelService models();

	/**
	 * Releases the connection pool this client created (a no-op when the caller supplied the connector).
	 */
	@Override
	void close();

}
