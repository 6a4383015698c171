package dev.integrations.openai.client;

import dev.integrations.openai.batches.BatchService;
import dev.integrations.openai.finetuning.FineTuningService;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.resilience.ResilienceOrchestrator;

/**
 * The {@link OpenAIClient}: every service shares one {@link ApiExecutor}.
 */
final class DefaultOpenAIClient implements OpenAIClient {

	private final OpenAIConfig config;

	private final ApiExecutor executor;

	private final Runnable onClose;

	private final ModelService models;

	private final BatchService batches;

	private final FineTuningService fineTuning;

	DefaultOpenAIClient(OpenAIConfig config, ApiExecutor executor, Runnable onClose) {
		this.config = config;
		this.executor = executor;
		this.onClose = onClose;
		this.models = ModelService.create(executor);
		this.batches = BatchService.create(executor);
		this.fineTuning = FineTuningService.create(executor);
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
	public BatchService batches() {
		return this.batches;
	}

	@Override
	public FineTuningService fineTuning() {
		return this.fineTuning;
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
