package dev.integrations.openai.skills;

import java.io.IOException;
import java.io.InputStream;
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
	 * {@code folder/relative/path}, in path order; hidden files and folders, whose name starts with a dot, such as
	 * {@code .env} or {@code .git}, are left out), or a zip file of such a folder
	 * @return the files
	 */
	static List<FileContent> of(Path directoryOrZip) {
		Validation.required("files", directoryOrZip);
		if (!Files.isDirectory(directoryOrZip)) {
			FileContent zip = FileContent.of(directoryOrZip).withContentType(ZIP.toString());
			requireZip(directoryOrZip);
			return List.of(zip);
		}
		Path folder = directoryOrZip.toAbsolutePath().normalize();
		String prefix = (folder.getFileName() != null) ? folder.getFileName() + "/" : "";
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile)
				.filter((file) -> !hidden(folder.relativize(file)))
				.sorted()
				.map((file) -> named(file, prefix + folder.relativize(file).toString().replace('\\', '/')))
				.toList();
		}
		catch (IOException | UncheckedIOException ex) {
			throw new OpenAIValidationException("files", "files: cannot read " + directoryOrZip + ": " + ex.getMessage());
		}
	}

	/** Whether a path inside the folder is, or lies below, a file or folder whose name starts with a dot. */
	private static boolean hidden(Path relative) {
		for (Path name : relative) {
			if (name.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Checks that a file starts as a zip archive does ({@code PK\3\4}, or {@code PK\5\6} when empty), so that a
	 * lone {@code SKILL.md} is not sent labelled {@code application/zip}.
	 */
	private static void requireZip(Path file) {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(4);
		}
		catch (IOException ex) {
			throw new OpenAIValidationException("files", "files: cannot read " + file + ": " + ex.getMessage());
		}
		boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K'
				&& ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
		if (!zip) {
			throw new OpenAIValidationException("files",
					"files: " + file + " is neither a folder nor a zip; give the skill's folder or a zip of it");
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
	 * Checks the files of a request: 1 to 500, none {@code null}.
	 * @param files the files
	 * @return an unmodifiable copy
	 */
	static List<FileContent> check(List<FileContent> files) {
		Validation.notEmpty("files", files);
		Validation.maxSize("files", files, MAX_FILES);
		for (FileContent file : files) {
			if (file == null) {
				throw new OpenAIValidationException("files", "files must not contain null");
			}
		}
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
