package dev.integrations.openai.finetuning;

import dev.integrations.openai.common.OpenAIService;

/**
 * The Fine-tuning API ({@code /fine_tuning}): {@link #jobs()}, {@link #checkpointPermissions()} and the alpha
 * {@link #graders()}. Thread-safe;
 * get it from {@link dev.integrations.openai.client.OpenAIClient#fineTuning()}.
 */
public interface FineTuningService extends OpenAIService<FineTuningService> {

	/** @return fine-tuning jobs, their events and checkpoints ({@code /fine_tuning/jobs}) */
	FineTuningJobService jobs();

	/**
	 * Permissions of other projects to use a fine-tuned checkpoint
	 * ({@code /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions}); these endpoints need an admin
	 * API key.
	 * @return the checkpoint permissions API
	 */
	CheckpointPermissionService checkpointPermissions();

	/** @return the alpha grader endpoints: run and validate a grader ({@code /fine_tuning/alpha/graders}) */
	GraderService graders();

}
