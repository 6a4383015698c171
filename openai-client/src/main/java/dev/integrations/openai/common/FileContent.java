package dev.integrations.openai.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.client.MultipartBodyBuilder;
import reactor.core.publisher.Flux;

/**
 * A file to send in a multipart request (file uploads and upload parts, audio to transcribe or translate, images to
 * edit or vary): its bytes, its filename and its content type, guessed from the filename's extension (such as
 * {@code image/png}, {@code audio/mpeg}) unless {@link #withContentType(String) set}. The bytes are streamed
 * when the request is written, never loaded into memory (except for {@link #of(byte[], String)}, which already
 * is in memory); a file on disk is read asynchronously in 64 KiB buffers, as fast as the connection takes them.
 * A path or byte array can be sent again when a request is retried; an input stream can be read only once, so if
 * an attempt fails after reading it, the retry fails at once with an error saying that the stream was already
 * read. Prefer a path for large files.
 */
public final class FileContent {

	private static final int FILE_BUFFER_SIZE = 64 * 1024;

	/** A {@link Resource}, or a {@code Flux<DataBuffer>} read from a file on each subscription. */
	private final Object body;

	private final String filename;

	private final MediaType contentType;

	private final long contentLength;

	private FileContent(Object body, String filename, MediaType contentType, long contentLength) {
		this.body = body;
		this.filename = headerSafe(filename);
		this.contentType = contentType;
		this.contentLength = contentLength;
	}

	/**
	 * A file on disk, named after its last path element; the content type is guessed from the extension
	 * ({@code application/octet-stream} when unknown).
	 * @param path the file
	 * @return the content
	 * @throws OpenAIValidationException if the path is not a readable regular file
	 */
	public static FileContent of(Path path) {
		Path file = readableFile(path);
		String filename = file.getFileName().toString();
		long size = size(file);
		return new FileContent(read(file, 0, size), filename, guess(filename), size);
	}

	/**
	 * A slice of a file on disk, such as one part of a large upload; only {@code length} bytes from
	 * {@code offset} are read, in 64 KiB buffers.
	 * @param path the file
	 * @param offset the first byte of the slice
	 * @param length the number of bytes in the slice
	 * @param filename the name to send for the slice
	 * @return the content
	 */
	public static FileContent ofRange(Path path, long offset, long length, String filename) {
		Path file = readableFile(path);
		long size = size(file);
		if (offset < 0 || length < 0 || offset + length > size) {
			throw new OpenAIValidationException("file",
					"file range " + offset + "+" + length + " lies outside " + file.getFileName() + " (" + size + " bytes)");
		}
		Validation.notBlank("filename", filename);
		return new FileContent(read(file, offset, length), filename, MediaType.APPLICATION_OCTET_STREAM, length);
	}

	/**
	 * An input stream, read once while the request is written and closed afterwards.
	 * @param stream the stream
	 * @param filename the name to send, whose extension tells the API the format (such as {@code audio.mp3})
	 * @return the content
	 */
	public static FileContent of(InputStream stream, String filename) {
		Validation.required("stream", stream);
		Validation.notBlank("filename", filename);
		return new FileContent(new InputStreamResource(stream), filename, guess(filename), -1);
	}

	/**
	 * Bytes in memory.
	 * @param bytes the bytes
	 * @param filename the name to send, whose extension tells the API the format (such as {@code data.jsonl})
	 * @return the content
	 */
	public static FileContent of(byte[] bytes, String filename) {
		Validation.required("bytes", bytes);
		Validation.notBlank("filename", filename);
		return new FileContent(new ByteArrayResource(bytes), filename, guess(filename), bytes.length);
	}

	/**
	 * The same content with another content type.
	 * @param contentType the content type, such as {@code audio/wav}
	 * @return a new content
	 * @throws OpenAIValidationException if the content type is blank or not a media type
	 */
	public FileContent withContentType(String contentType) {
		Validation.notBlank("content_type", contentType);
		try {
			return new FileContent(this.body, this.filename, MediaType.parseMediaType(contentType),
					this.contentLength);
		}
		catch (InvalidMediaTypeException ex) {
			throw new OpenAIValidationException("content_type", "content_type is not a media type: " + contentType);
		}
	}

	/**
	 * The same content with another filename (the content type stays as it is).
	 * @param filename the name to send
	 * @return a new content
	 */
	public FileContent withFilename(String filename) {
		return new FileContent(this.body, Validation.notBlank("filename", filename), this.contentType,
				this.contentLength);
	}

	/** @return the filename sent in the part's {@code Content-Disposition} */
	public String filename() {
		return this.filename;
	}

	/** @return the content type sent as the part's {@code Content-Type} */
	public MediaType contentType() {
		return this.contentType;
	}

	/** @return the number of bytes, or {@code -1} when unknown (an input stream) */
	public long contentLength() {
		return this.contentLength;
	}

	/**
	 * Adds this content as a file part of a multipart body; its bytes are streamed when the body is written.
	 * @param builder the multipart body
	 * @param name the part name, such as {@code file}
	 */
	public void addTo(MultipartBodyBuilder builder, String name) {
		MultipartBodyBuilder.PartBuilder part;
		if (this.body instanceof Resource resource) {
			part = builder.part(name, resource);
		}
		else {
			@SuppressWarnings("unchecked")
			Flux<DataBuffer> buffers = (Flux<DataBuffer>) this.body;
			part = builder.asyncPart(name, buffers, DataBuffer.class);
		}
		part.filename(this.filename).contentType(this.contentType);
	}

	@Override
	public String toString() {
		return "FileContent[" + this.filename + ", " + this.contentType
				+ ((this.contentLength >= 0) ? ", " + this.contentLength + " bytes]" : "]");
	}

	private static Path readableFile(Path path) {
		Validation.required("file", path);
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new OpenAIValidationException("file", "file " + path + " is not a readable regular file");
		}
		return path;
	}

	/**
	 * Rejects a filename with a control character: a line break would end the part's {@code Content-Disposition}
	 * header and let the name write headers (or parts) of its own. A file on disk may be named so on Linux.
	 */
	private static String headerSafe(String filename) {
		for (int i = 0; i < filename.length(); i++) {
			if (Character.isISOControl(filename.charAt(i))) {
				throw new OpenAIValidationException("filename",
						"filename must not contain control characters such as line breaks");
			}
		}
		return filename;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new OpenAIValidationException("file", "file " + file + " cannot be read: " + ex.getMessage());
		}
	}

	/**
	 * Reads a range of a file asynchronously in 64 KiB buffers, from the start of the range again on each
	 * subscription (so a retried request resends it), stopping after the range.
	 */
	private static Flux<DataBuffer> read(Path file, long offset, long length) {
		if (length == 0) {
			return Flux.empty();
		}
		return DataBufferUtils.takeUntilByteCount(DataBufferUtils.readAsynchronousFileChannel(
				() -> AsynchronousFileChannel.open(file, StandardOpenOption.READ), offset,
				DefaultDataBufferFactory.sharedInstance, FILE_BUFFER_SIZE), length);
	}

	private static MediaType guess(String filename) {
		return MediaTypeFactory.getMediaType(filename).orElse(MediaType.APPLICATION_OCTET_STREAM);
	}

}
