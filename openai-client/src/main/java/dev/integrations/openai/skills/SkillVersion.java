package dev.integrations.openai.skills;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * An immutable version of a skill (the {@code skill.version} object).
 *
 * @param object always {@code skill.version}
 * @param id the version ID, such as {@code skillver_123}
 * @param skillId the ID of the skill
 * @param version the version number, such as {@code 2}
 * @param createdAt when the version was created, in Unix seconds (see {@link #createdAtInstant()})
 * @param name the name, from this version's manifest
 * @param description the description, from this version's manifest
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record SkillVersion(String object, String id, String skillId, String version, long createdAt, String name,
		String description, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public SkillVersion {
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
