package dev.integrations.openai.finetuning;

import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;

/**
 * {@link FineTuningService} over the shared executor.
 */
final class DefaultFineTuningService implements FineTuningService {

	private final ApiExecutor executor;

	private final FineTuningJobService jobs;

	private final CheckpointPermissionService checkpointPermissions;

	private final GraderService graders;

	DefaultFineTuningService(ApiExecutor executor) {
		this.executor = executor;
		this.jobs = new DefaultFineTuningJobService(executor);
		this.checkpointPermissions = new DefaultCheckpointPermissionService(executor);
		this.graders = new DefaultGraderService(executor);
	}

	@Override
	public FineTuningService withOptions(RequestOptions options) {
		return new DefaultFineTuningService(this.executor.withOptions(options));
	}

	@Override
	public FineTuningJobService jobs() {
		return this.jobs;
	}

	@Override
	public CheckpointPermissionService checkpointPermissions() {
		return this.checkpointPermissions;
	}

	@Override
	public GraderService graders() {
		return this.graders;
	}

}
