package dev.integrations.openai.skills;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * A skill (the {@code skill} object): a versioned bundle of files with a {@code SKILL.md} manifest.
 *
 * @param id the skill ID, such as {@code skill_123}
 * @param object always {@code skill}
 * @param name the name, from the manifest
 * @param description the description, from the manifest
 * @param createdAt when the skill was created, in Unix seconds (see {@link #createdAtInstant()})
 * @param defaultVersion the version used when none is named, such as {@code 1}
 * @param latestVersion the newest version, such as {@code 2}
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record Skill(String id, String object, String name, String description, long createdAt,
		String defaultVersion, String latestVersion, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public Skill {
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
