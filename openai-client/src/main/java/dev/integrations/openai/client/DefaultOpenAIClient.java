package dev.integrations.openai.client;

import dev.integrations.openai.assistants.AssistantService;
import dev.integrations.openai.assistants.ThreadService;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.vectorstores.VectorStoreService;

/**
 * The {@link OpenAIClient}: every service shares one {@link ApiExecutor}.
 */
final class DefaultOpenAIClient implements OpenAIClient {

	private final OpenAIConfig config;

	private final ApiExecutor executor;

	private final Runnable onClose;

	private final ModelService models;

	@SuppressWarnings("deprecation")
	private final AssistantService assistants;

	@SuppressWarnings("deprecation")
	private final ThreadService threads;

	private final VectorStoreService vectorStores;

	@SuppressWarnings("deprecation")
	DefaultOpenAIClient(OpenAIConfig config, ApiExecutor executor, Runnable onClose) {
		this.config = config;
		this.executor = executor;
		this.onClose = onClose;
		this.models = ModelService.create(executor);
		this.assistants = AssistantService.create(executor);
		this.threads = ThreadService.create(executor);
		this.vectorStores = VectorStoreService.create(executor);
	}

	@Override
	public OpenAIConfig config() {
		return this.config;
	}

	@Override
	public ResilienceOrchestrator orchestrator() {
		return this.executor.orchestrator();
	}

	@Override
	public ModelService models() {
		return this.models;
	}

	@Override
	@Deprecated
	public AssistantService assistants() {
		return this.assistants;
	}

	@Override
	@Deprecated
	public ThreadService threads() {
		return this.threads;
	}

	@Override
	public VectorStoreService vectorStores() {
		return this.vectorStores;
	}

	@Override
	public void close() {
		this.onClose.run();
	}

	@Override
	public String toString() {
		return "OpenAIClient[" + this.config + "]";
	}

}
