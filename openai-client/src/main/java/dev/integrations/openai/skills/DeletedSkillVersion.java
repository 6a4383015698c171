package dev.integrations.openai.skills;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The answer of {@code DELETE /skills/{skill_id}/versions/{version}}.
 *
 * @param id the ID of the deleted version
 * @param object always {@code skill.version.deleted}
 * @param deleted whether it was deleted
 * @param version the deleted version number
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record DeletedSkillVersion(String id, String object, boolean deleted, String version,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public DeletedSkillVersion {
		extra = Extras.copy(extra);
	}

}
