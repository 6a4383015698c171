package dev.integrations.openai.skills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.MultipartForm;
import dev.integrations.openai.internal.Validation;
import org.springframework.http.MediaType;

/**
 * The {@code files} of a skill upload, shared by {@link CreateSkillRequest} and {@link CreateSkillVersionRequest}:
 * a folder on disk becomes one file per regular file, named by its path inside the folder; a single zip is sent as
 * the one {@code files} part, several files as {@code files[]} parts.
 */
final class SkillFiles {

	/** The most files one upload takes. */
	static final int MAX_FILES = 500;

	private static final MediaType ZIP = new MediaType("application", "zip");

	private SkillFiles() {
	}

	/**
	 * The files of a skill folder, or a skill zip.
	 * @param directoryOrZip a folder holding {@code SKILL.md} (each regular file below it is sent, named
	 * {@code folder/relative/path}, in path order), or a zip file of such a folder
	 * @return the files
	 */
	static List<FileContent> of(Path directoryOrZip) {
		Validation.required("files", directoryOrZip);
		if (!Files.isDirectory(directoryOrZip)) {
			return List.of(FileContent.of(directoryOrZip).withContentType(ZIP.toString()));
		}
		Path folder = directoryOrZip.toAbsolutePath().normalize();
		String prefix = (folder.getFileName() != null) ? folder.getFileName() + "/" : "";
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile)
				.sorted()
				.map((file) -> named(file, prefix + folder.relativize(file).toString().replace('\\', '/')))
				.toList();
		}
		catch (IOException | UncheckedIOException ex) {
			throw new OpenAIValidationException("files", "files: cannot read " + directoryOrZip + ": " + ex.getMessage());
		}
	}

	/**
	 * A file of a folder, named by its path; a Markdown file (the {@code SKILL.md} manifest) is sent as
	 * {@code text/markdown}, as OpenAI's guide does, other types are guessed from the extension.
	 */
	private static FileContent named(Path file, String path) {
		FileContent named = FileContent.of(file).withFilename(path);
		return path.endsWith(".md") ? named.withContentType(MediaType.TEXT_MARKDOWN_VALUE) : named;
	}

	/**
	 * Checks the files of a request: 1 to 500.
	 * @param files the files
	 * @return an unmodifiable copy
	 */
	static List<FileContent> check(List<FileContent> files) {
		Validation.notEmpty("files", files);
		Validation.maxSize("files", files, MAX_FILES);
		return List.copyOf(files);
	}

	/**
	 * Adds the file parts: {@code files} for a single zip, else one {@code files[]} part per file.
	 * @param form the form
	 * @param files the files
	 * @return the form
	 */
	static MultipartForm addTo(MultipartForm form, List<FileContent> files) {
		boolean zip = files.size() == 1 && ZIP.equalsTypeAndSubtype(files.get(0).contentType());
		String part = zip ? "files" : "files[]";
		files.forEach((file) -> form.file(part, file));
		return form;
	}

}
