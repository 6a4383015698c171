package dev.integrations.openai.videos;

import java.nio.file.Path;

import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.internal.Validation;

/**
 * The body of {@code POST /videos/characters}, sent as {@code multipart/form-data}.
 *
 * @param video the video the character is made from
 * @param name the character's display name, 1 to 80 characters
 */
public record VideoCharacterRequest(FileContent video, String name) {

	/**
	 * Checks the fields.
	 */
	public VideoCharacterRequest {
		Validation.required("video", video);
		Validation.maxLength("name", Validation.notBlank("name", name), 80);
	}

	/**
	 * A character from a video.
	 * @param video the video
	 * @param name the display name, 1 to 80 characters
	 * @return the request
	 */
	public static VideoCharacterRequest of(FileContent video, String name) {
		return new VideoCharacterRequest(video, name);
	}

	/**
	 * A character from a video on disk.
	 * @param video the video, named after its last path element
	 * @param name the display name, 1 to 80 characters
	 * @return the request
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
	 */
	public static VideoCharacterRequest of(Path video, String name) {
		return of(FileContent.of(video), name);
	}

}
