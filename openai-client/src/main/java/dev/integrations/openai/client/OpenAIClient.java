package dev.integrations.openai.client;

import dev.integrations.openai.audio.AudioService;
import dev.integrations.openai.files.FileService;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.uploads.UploadService;

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

	/** @return the Audio API: speech, transcriptions and translations */
	AudioService audio();

	/** @return the Files API */
	FileService files();

	/** @return the Uploads API, for files sent in parts */
	UploadService uploads();

	/**
	 * Releases the connection pool this client created (a no-op when the caller supplied the connector).
	 */
	@Override
	void close();

}
