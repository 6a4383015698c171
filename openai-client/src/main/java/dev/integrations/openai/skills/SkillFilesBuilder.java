package dev.integrations.openai.skills;

import java.nio.file.Path;
import java.util.List;

import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.RecordBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The file setters a skill ({@link CreateSkillRequest.Builder}) and a skill version
 * ({@link CreateSkillVersionRequest.Builder}) share, stated once: both records have the component {@code files}.
 *
 * @param <R> the record built
 * @param <B> the builder type
 */
abstract class SkillFilesBuilder<R extends Record, B extends SkillFilesBuilder<R, B>> extends RecordBuilder<R, B> {

	SkillFilesBuilder(Class<R> type, @Nullable R from) {
		super(type, from);
	}

	/** Adds a file, named by its path inside the skill's top-level folder ({@code basic_math/SKILL.md}). */
	public B file(FileContent file) {
		return add("files", file);
	}

	/** Replaces the files: 1 to 500 files of one top-level folder, or a single zip. */
	public B files(List<FileContent> files) {
		return set("files", files);
	}

	/**
	 * Replaces the files with a skill folder (each regular file below it, named {@code folder/relative/path}, in
	 * path order; hidden files and folders such as {@code .env} or {@code .git} left out) or a zip file of one (sent
	 * as {@code application/zip}).
	 * @param directoryOrZip the folder or the zip
	 * @return this builder
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if it cannot be read
	 */
	public B files(Path directoryOrZip) {
		return set("files", SkillFiles.of(directoryOrZip));
	}

}
