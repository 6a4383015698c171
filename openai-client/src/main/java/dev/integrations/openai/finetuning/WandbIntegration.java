package dev.integrations.openai.finetuning;

import java.util.List;

import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * Where a job sends its metrics in Weights and Biases.
 *
 * @param project the project the run is created under
 * @param name the display name of the run; the job ID when not set
 * @param entity the team or user the run belongs to; the default entity of the registered key when not set
 * @param tags tags attached to the run, besides the default {@code openai/finetune}, {@code openai/{base-model}}
 * and {@code openai/{ftjob-abcdef}}
 * @param runId the ID of the run, as reported in a job
 */
public record WandbIntegration(String project, @Nullable String name, @Nullable String entity,
		@Nullable List<String> tags, @Nullable String runId) {

	/**
	 * Copies the tags.
	 */
	public WandbIntegration {
		tags = WireLists.copyOfNullable(tags);
	}

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		Validation.notBlank("integrations.wandb.project", this.project);
	}

	/**
	 * Settings for a new job.
	 * @param project the project
	 * @param name the display name, or {@code null}
	 * @param entity the entity, or {@code null}
	 * @param tags the tags, or {@code null}
	 * @return the settings
	 */
	public static WandbIntegration of(String project, @Nullable String name, @Nullable String entity,
			@Nullable List<String> tags) {
		WandbIntegration integration = new WandbIntegration(project, name, entity, tags, null);
		integration.validate();
		return integration;
	}

}
