package dev.integrations.openai.client;

import java.util.Optional;

import dev.integrations.openai.assistants.AssistantService;
import dev.integrations.openai.assistants.ThreadService;
import dev.integrations.openai.audio.AudioService;
import dev.integrations.openai.batches.BatchService;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.chatkit.ChatKitService;
import dev.integrations.openai.completions.CompletionService;
import dev.integrations.openai.containers.ContainerService;
import dev.integrations.openai.conversations.ConversationService;
import dev.integrations.openai.embeddings.EmbeddingService;
import dev.integrations.openai.evals.EvalService;
import dev.integrations.openai.files.FileService;
import dev.integrations.openai.finetuning.FineTuningService;
import dev.integrations.openai.images.ImageService;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.moderations.ModerationService;
import dev.integrations.openai.realtime.RealtimeService;
import dev.integrations.openai.realtime.RealtimeSessions;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.responses.ResponseService;
import dev.integrations.openai.skills.SkillService;
import dev.integrations.openai.uploads.UploadService;
import dev.integrations.openai.vectorstores.VectorStoreService;
import dev.integrations.openai.videos.VideoService;

/**
 * The OpenAI API, one service per API group. Thread-safe and meant to be shared: create one per application
 * (the Spring Boot starter makes it a bean) and {@link #close()} it on shutdown to release its connection pool.
 *
 * <pre>{@code
 * try (OpenAIClient client = OpenAIClient.fromEnv()) {
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

	/**
	 * A client configured from the environment: {@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL},
	 * {@code OPENAI_ORG_ID} and {@code OPENAI_PROJECT_ID} (see {@link OpenAIConfig#fromEnv()}), with the defaults
	 * for everything else.
	 * @return a new client; close it
	 */
	static OpenAIClient fromEnv() {
		return create(OpenAIConfig.fromEnv().build());
	}

	/**
	 * A client with a configuration and the defaults for everything else (HTTP connector, hooks).
	 * @param config the configuration
	 * @return a new client; close it
	 */
	static OpenAIClient create(OpenAIConfig config) {
		return builder().config(config).build();
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

	/** @return the Chat Completions API, with streaming and stored completions */
	ChatCompletionService chatCompletions();

	/** @return the legacy Completions API: text completion of a prompt, whole or streamed */
	CompletionService completions();

	/** @return the Responses API, OpenAI's primary API for generating model output */
	ResponseService responses();

	/** @return the Conversations API: conversations that responses continue, and their items */
	ConversationService conversations();

	/** @return the ChatKit API (beta): sessions with client secrets for ChatKit front ends, threads and their items */
	ChatKitService chatKit();

	/** @return the Realtime API's REST operations: client secrets and calls */
	RealtimeService realtime();

	/** @return the Embeddings API */
	EmbeddingService embeddings();

	/** @return the Moderations API */
	ModerationService moderations();

	/** @return the Images API: generation, edits and variations */
	ImageService images();

	/** @return the Audio API: speech, transcription and translation */
	AudioService audio();

	/** @return the Files API */
	FileService files();

	/** @return the Uploads API, for large files sent in parts */
	UploadService uploads();

	/** @return the Batch API: asynchronous batches of requests, their input and output files */
	BatchService batches();

	/** @return the Fine-tuning API: jobs, their events and checkpoints, checkpoint permissions, alpha graders */
	FineTuningService fineTuning();

	/** @return the Evals API: evals, their runs and the runs' output items */
	EvalService evals();

	/** @return the Vector stores API, with vector store files and file batches */
	VectorStoreService vectorStores();

	/** @return the Skills API: skills (folders with a {@code SKILL.md}), their versions and zip bundles */
	SkillService skills();

	/**
	 * @return the Videos API: generate, edit, extend and remix videos with Sora, and download them
	 * @deprecated every {@code /videos} operation is marked deprecated in OpenAI's API specification
	 */
	@Deprecated
	VideoService videos();

	/** @return the Containers API: the sandboxes the code interpreter and shell tools run in, and their files */
	ContainerService containers();

	/**
	 * Realtime sessions over WebSocket ({@code wss://…/v1/realtime?model=…}) with this client's credentials, proxy,
	 * TLS, timeouts and hooks: {@code try (RealtimeSession session = client.realtimeSessions().connect("gpt-realtime"))}.
	 * (The Realtime REST operations, such as client secrets, are a separate service.)
	 * @return the connector of Realtime sessions
	 */
	RealtimeSessions realtimeSessions();

	/**
	 * @return the Assistants API (assistants)
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	AssistantService assistants();

	/**
	 * @return the Assistants API (threads, messages, runs and run steps)
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	ThreadService threads();

	/**
	 * Releases the connection pool this client created (a no-op when the caller supplied the connector).
	 */
	@Override
	void close();

}
