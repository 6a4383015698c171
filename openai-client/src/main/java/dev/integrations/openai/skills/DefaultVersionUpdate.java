package dev.integrations.openai.skills;

import dev.integrations.openai.internal.Validation;

/**
 * The body of {@code POST /skills/{skill_id}} ({@code SetDefaultSkillVersionBody}): {@code {"default_version": ...}}.
 *
 * @param defaultVersion the version number to make the default
 */
record DefaultVersionUpdate(String defaultVersion) {

	DefaultVersionUpdate {
		Validation.notBlank("default_version", defaultVersion);
	}

}
