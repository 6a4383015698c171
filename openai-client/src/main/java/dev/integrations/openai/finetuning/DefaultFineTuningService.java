package dev.integrations.openai.finetuning;

import dev.integrations.openai.internal.ApiExecutor;

/**
 * {@link FineTuningService} over the shared executor.
 */
final class DefaultFineTuningService implements FineTuningService {

	private final FineTuningJobService jobs;

	private final CheckpointPermissionService checkpointPermissions;

	DefaultFineTuningService(ApiExecutor executor) {
		this.jobs = new DefaultFineTuningJobService(executor);
		this.checkpointPermissions = new DefaultCheckpointPermissionService(executor);
	}

	@Override
	public FineTuningJobService jobs() {
		return this.jobs;
	}

	@Override
	public CheckpointPermissionService checkpointPermissions() {
		return this.checkpointPermissions;
	}

}
