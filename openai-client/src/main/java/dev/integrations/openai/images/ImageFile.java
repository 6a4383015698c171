package dev.integrations.openai.images;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.integrations.openai.internal.Validation;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;

/**
 * An image file to upload (the {@code image} or {@code mask} of an edit, the {@code image} of a variation): a
 * {@link Path}, bytes, or an {@link InputStream}, with a filename and a content type guessed from the filename's
 * extension ({@code image/png}, {@code image/jpeg}, {@code image/webp}). Files and streams are sent in chunks,
 * never read whole into memory.
 *
 * <p>
 * A {@link Path} or bytes can be sent again when a call is retried; an {@link InputStream} only once (it is closed
 * after sending), so a retry after a failure while it was being sent fails instead of sending a truncated file.
 */
public final class ImageFile {

	private static final int CHUNK_SIZE = 16 * 1024;

	private final Object content;

	private final String filename;

	private final MediaType contentType;

	private ImageFile(Object content, String filename, MediaType contentType) {
		this.content = content;
		this.filename = filename;
		this.contentType = contentType;
	}

	/**
	 * An image in a file, named after it.
	 * @param path a readable regular file
	 * @return the image file
	 * @throws IllegalArgumentException if the file is not a readable regular file
	 */
	public static ImageFile of(Path path) {
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new IllegalArgumentException("Not a readable file: " + path);
		}
		String filename = path.getFileName().toString();
		return new ImageFile(path, filename, guessContentType(filename));
	}

	/**
	 * An image in memory.
	 * @param filename the filename sent with it, such as {@code otter.png}
	 * @param bytes the image
	 * @return the image file
	 */
	public static ImageFile of(String filename, byte[] bytes) {
		Validation.notBlank("filename", filename);
		return new ImageFile(bytes.clone(), filename, guessContentType(filename));
	}

	/**
	 * An image read from a stream while the request is sent; the stream is closed afterwards.
	 * @param filename the filename sent with it, such as {@code otter.png}
	 * @param stream the image
	 * @return the image file
	 */
	public static ImageFile of(String filename, InputStream stream) {
		Validation.notBlank("filename", filename);
		return new ImageFile(new OnceInputStream(stream), filename, guessContentType(filename));
	}

	/**
	 * The same file with another content type.
	 * @param contentType the content type, such as {@code image/png}
	 * @return a new image file
	 */
	public ImageFile withContentType(String contentType) {
		return new ImageFile(this.content, this.filename, MediaType.parseMediaType(contentType));
	}

	/** @return the filename sent with the image */
	public String filename() {
		return this.filename;
	}

	/** @return the content type sent with the image */
	public MediaType contentType() {
		return this.contentType;
	}

	void addTo(MultipartBodyBuilder builder, String name) {
		MultipartBodyBuilder.PartBuilder part;
		if (this.content instanceof Path path) {
			part = builder.part(name, new FileSystemResource(path));
		}
		else if (this.content instanceof byte[] bytes) {
			part = builder.part(name, new ByteArrayResource(bytes));
		}
		else {
			OnceInputStream stream = (OnceInputStream) this.content;
			part = builder.asyncPart(name,
					DataBufferUtils.readInputStream(stream::take, DefaultDataBufferFactory.sharedInstance, CHUNK_SIZE),
					DataBuffer.class);
		}
		part.filename(this.filename).contentType(this.contentType);
	}

	private static MediaType guessContentType(String filename) {
		String lower = filename.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".png")) {
			return MediaType.IMAGE_PNG;
		}
		if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
			return MediaType.IMAGE_JPEG;
		}
		if (lower.endsWith(".webp")) {
			return MediaType.parseMediaType("image/webp");
		}
		if (lower.endsWith(".gif")) {
			return MediaType.IMAGE_GIF;
		}
		return MediaType.APPLICATION_OCTET_STREAM;
	}

	@Override
	public String toString() {
		return "ImageFile[" + this.filename + ", " + this.contentType + "]";
	}

	/**
	 * A stream handed out once, so that a retried request fails rather than sending what is left of it.
	 */
	private static final class OnceInputStream {

		private final InputStream stream;

		private final AtomicBoolean taken = new AtomicBoolean();

		OnceInputStream(InputStream stream) {
			this.stream = stream;
		}

		InputStream take() {
			if (this.taken.getAndSet(true)) {
				throw new IllegalStateException(
						"The InputStream image was already sent and cannot be sent again; use a Path or bytes to allow retries");
			}
			return this.stream;
		}

	}

}
