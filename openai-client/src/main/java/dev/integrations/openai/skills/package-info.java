/**
 * The Skills API ({@code /skills}): upload a skill (a folder of files with a {@code SKILL.md} manifest, or a zip of
 * it), list, retrieve and delete skills, choose the default version, download a skill as a zip, and manage its
 * immutable versions through {@link dev.integrations.openai.skills.SkillService#versions()}.
 */
@NullMarked
package dev.integrations.openai.skills;

import org.jspecify.annotations.NullMarked;
