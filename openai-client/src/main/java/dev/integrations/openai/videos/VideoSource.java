package dev.integrations.openai.videos;

import java.nio.file.Path;

import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.internal.Validation;

/**
 * The video an edit or an extension starts from ({@code video}): a completed video by ID ({@link Id}, sent as
 * JSON) or an uploaded file ({@link VideoUpload}, sent as multipart).
 */
public sealed interface VideoSource permits VideoUpload, VideoSource.Id {

	/**
	 * A completed video by ID.
	 * @param videoId the video ID, such as {@code video_123}
	 * @return the source
	 */
	static VideoSource id(String videoId) {
		return new Id(videoId);
	}

	/**
	 * A video file to upload.
	 * @param file the video
	 * @return the source
	 */
	static VideoSource of(FileContent file) {
		return new VideoUpload(file);
	}

	/**
	 * A video file on disk to upload.
	 * @param file the video, named after its last path element
	 * @return the source
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
	 */
	static VideoSource of(Path file) {
		return VideoUpload.of(file);
	}

	/**
	 * A completed video by ID.
	 *
	 * @param id the video ID
	 */
	record Id(String id) implements VideoSource {

		/**
		 * Checks the ID.
		 */
		public Id {
			Validation.notBlank("video.id", id);
		}

	}

}
