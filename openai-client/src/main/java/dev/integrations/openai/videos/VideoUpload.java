package dev.integrations.openai.videos;

import java.nio.file.Path;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.internal.Validation;

/**
 * A file sent with a video request: a reference image for {@code POST /videos}, or the source video of an edit
 * or extension. A request holding one is sent as {@code multipart/form-data}, otherwise as JSON.
 *
 * @param file the file, streamed when the request is written
 */
public record VideoUpload(@JsonValue FileContent file) implements VideoInputReference, VideoSource {

	/**
	 * Checks the file.
	 */
	public VideoUpload {
		Validation.required("file", file);
	}

	/**
	 * An upload of a file on disk, named after its last path element.
	 * @param file the file
	 * @return the upload
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
	 */
	public static VideoUpload of(Path file) {
		return new VideoUpload(FileContent.of(file));
	}

}
