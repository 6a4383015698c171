package dev.integrations.openai.client;

import dev.integrations.openai.chat.ChatCompletionService;
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

	private final ChatCompletionService chatCompletions;

	private final ModelService models;

	DefaultOpenAIClient(OpenAIConfig config, ApiExecutor executor, Runnable onClose) {
		this.config = config;
		this.executor = executor;
		this.onClose = onClose;
		this.chatCompletions = ChatCompletionService.create(executor);
		this.models = ModelService.create(executor);
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
	public ChatCompletionService chatCompletions() {
		return this.chatCompletions;
	}

	@Override
	public ModelService models() {
		return this.models;
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
