package dev.integrations.openai.finetuning;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * A permission for a project to use a fine-tuned model checkpoint.
 *
 * @param id the permission ID, such as {@code cp_zc4Q7MP6XxulcVzj4MZdwsAB}
 * @param object always {@code checkpoint.permission}
 * @param createdAt when the permission was created, in Unix seconds (see {@link #createdAtInstant()})
 * @param projectId the project the permission is for
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record CheckpointPermission(String id, String object, long createdAt, String projectId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public CheckpointPermission {
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
