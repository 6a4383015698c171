package dev.integrations.openai.client;

import dev.integrations.openai.audio.AudioService;
import dev.integrations.openai.files.FileService;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.uploads.UploadService;

/**
 * The {@link OpenAIClient}: every service shares one {@link ApiExecutor}.
 */
final class DefaultOpenAIClient implements OpenAIClient {

	private final OpenAIConfig config;

	private final ApiExecutor executor;

	private final Runnable onClose;

	private final ModelService models;

	private final AudioService audio;

	private final FileService files;

	private final UploadService uploads;

	DefaultOpenAIClient(OpenAIConfig config, ApiExecutor executor, Runnable onClose) {
		this.config = config;
		this.executor = executor;
		this.onClose = onClose;
		this.models = ModelService.create(executor);
		this.audio = AudioService.create(executor);
		this.files = FileService.create(executor);
		this.uploads = UploadService.create(executor);
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
	public AudioService audio() {
		return this.audio;
	}

	@Override
	public FileService files() {
		return this.files;
	}

	@Override
	public UploadService uploads() {
		return this.uploads;
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
