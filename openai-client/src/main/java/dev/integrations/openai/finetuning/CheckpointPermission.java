package dev.integrations.openai.finetuning;

import java.time.Instant;

/**
 * A permission for a project to use a fine-tuned model checkpoint.
 *
 * @param id the permission ID, such as {@code cp_zc4Q7MP6XxulcVzj4MZdwsAB}
 * @param object always {@code checkpoint.permission}
 * @param createdAt when the permission was created, in Unix seconds (see {@link #createdInstant()})
 * @param projectId the project the permission is for
 */
public record CheckpointPermission(String id, String object, long createdAt, String projectId) {

	/** @return {@link #createdAt()} as an instant */
	public Instant createdInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
