package dev.integrations.openai.client;

import java.util.Optional;

import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import org.jspecify.annotations.Nullable;

/**
 * The {@link OpenAIClient}: every service shares one {@link ApiExecutor}.
 */
final class DefaultOpenAIClient implements OpenAIClient {

	private final OpenAIConfig config;

	private final ApiExecutor executor;

	private final @Nullable PoolMetricsRegistrar poolMetrics;

	private final Runnable onClose;

	private final ModelService models;

	DefaultOpenAIClient(OpenAIConfig config, ApiExecutor executor, @Nullable PoolMetricsRegistrar poolMetrics,
			Runnable onClose) {
		this.config = config;
		this.executor = executor;
		this.poolMetrics = poolMetrics;
		this.onClose = onClose;
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
	public Optional<ConnectionPoolStats> connectionPoolStats() {
		PoolMetricsRegistrar metrics = this.poolMetrics;
		return (metrics != null) ? Optional.of(metrics.snapshot(this.config.maxConnections())) : Optional.empty();
	}

	/** @return the executor every service shares, for code in this package and its tests */
	ApiExecutor executor() {
		return this.executor;
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
