package dev.integrations.openai.client;

import dev.integrations.openai.assistants.AssistantService;
import dev.integrations.openai.assistants.ThreadService;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.vectorstores.VectorStoreService;

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

	/** @return the Models API */
	ModelService models();

	/**
	 * The assistants of the Assistants API (beta).
	 * @return the assistants service
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	AssistantService assistants();

	/**
	 * The threads of the Assistants API (beta), with their messages, runs and run steps.
	 * @return the threads service
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	ThreadService threads();

	/** @return the Vector stores API, with vector store files and file batches */
	VectorStoreService vectorStores();

	/**
	 * Releases the connection pool this client created (a no-op when the caller supplied the connector).
	 */
	@Override
	void close();

}
