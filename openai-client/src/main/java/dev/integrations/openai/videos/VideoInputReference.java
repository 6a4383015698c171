package dev.integrations.openai.videos;

import java.nio.file.Path;

import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The reference image that guides a generation ({@code input_reference} of {@code POST /videos}): an uploaded file
 * ({@link VideoUpload}, sent as multipart) or an image by URL or file ID ({@link Image}, sent as JSON).
 */
public sealed interface VideoInputReference permits VideoUpload, VideoInputReference.Image {

	/**
	 * An image file to upload.
	 * @param file the image
	 * @return the reference
	 */
	static VideoInputReference of(FileContent file) {
		return new VideoUpload(file);
	}

	/**
	 * An image file on disk to upload.
	 * @param file the image, named after its last path element
	 * @return the reference
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
	 */
	static VideoInputReference of(Path file) {
		return VideoUpload.of(file);
	}

	/**
	 * An image by URL.
	 * @param imageUrl a fully qualified URL or a base64 {@code data:} URL
	 * @return the reference
	 */
	static VideoInputReference imageUrl(String imageUrl) {
		return new Image(imageUrl, null);
	}

	/**
	 * An uploaded image by file ID.
	 * @param fileId the file ID, such as {@code file-123}
	 * @return the reference
	 */
	static VideoInputReference fileId(String fileId) {
		return new Image(null, fileId);
	}

	/**
	 * An image by URL or by file ID; exactly one of them.
	 *
	 * @param imageUrl a fully qualified URL or a base64 {@code data:} URL
	 * @param fileId the ID of an uploaded image
	 */
	record Image(@Nullable String imageUrl, @Nullable String fileId) implements VideoInputReference {

		/**
		 * Checks that exactly one of the two is set.
		 */
		public Image {
			if ((imageUrl == null) == (fileId == null)) {
				throw new OpenAIValidationException("input_reference",
						"input_reference needs exactly one of image_url or file_id");
			}
			if (imageUrl != null) {
				Validation.notBlank("input_reference.image_url", imageUrl);
			}
			if (fileId != null) {
				Validation.notBlank("input_reference.file_id", fileId);
			}
		}

	}

}
