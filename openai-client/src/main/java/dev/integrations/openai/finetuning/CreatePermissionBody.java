package dev.integrations.openai.finetuning;

import java.util.List;

import dev.integrations.openai.internal.Validation;

/**
 * The body of create checkpoint permissions
 * ({@code POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions}).
 *
 * @param projectIds the projects to grant access to, at least one
 */
record CreatePermissionBody(List<String> projectIds) {

	CreatePermissionBody {
		Validation.notEmpty("project_ids", projectIds);
		projectIds.forEach((projectId) -> Validation.notBlank("project_ids", projectId));
		projectIds = List.copyOf(projectIds);
	}

}
