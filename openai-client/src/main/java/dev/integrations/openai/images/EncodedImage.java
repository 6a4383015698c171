package dev.integrations.openai.images;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Image data the API returns as base64 ({@code b64_json}): a generated {@link Image} or a streamed
 * {@link ImagePartialImageEvent partial} or {@link ImageCompletedEvent final} image. The write methods decode chunk
 * by chunk, never holding a second full copy of the image.
 */
public interface EncodedImage {

	/** @return the base64 image data, or {@code null} when the image was returned as a URL */
	@Nullable String b64Json();

	/**
	 * Decodes the image.
	 * @return the image bytes
	 * @throws IllegalStateException if there is no base64 data
	 */
	default byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writeTo(out);
		return out.toByteArray();
	}

	/**
	 * Decodes the image into a stream, which stays open.
	 * @param out the stream
	 * @throws IllegalStateException if there is no base64 data
	 * @throws UncheckedIOException if writing fails
	 */
	default void writeTo(OutputStream out) {
		String base64 = b64Json();
		if (base64 == null) {
			throw new IllegalStateException(
					"The image has no b64_json data; it was returned as a URL (response_format=url)");
		}
		try {
			Base64Images.decode(base64, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Decodes the image into a file, created or replaced.
	 * @param file the file, such as {@code otter.png}
	 * @return the file
	 * @throws IllegalStateException if there is no base64 data
	 * @throws UncheckedIOException if writing fails
	 */
	default Path writeTo(Path file) {
		try (OutputStream out = Files.newOutputStream(file)) {
			writeTo(out);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write image to " + file, ex);
		}
	}

}
