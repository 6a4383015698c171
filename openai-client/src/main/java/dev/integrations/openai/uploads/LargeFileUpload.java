package dev.integrations.openai.uploads;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import dev.integrations.openai.files.FileExpiration;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * What {@link UploadService#uploadFile(LargeFileUpload)} uploads and how: the file is sent in parts of
 * {@link #partSize()} bytes, each read as a bounded slice of the file, never the whole file.
 *
 * @param file the file on disk
 * @param filename the name to give the file
 * @param purpose the intended purpose, see {@link dev.integrations.openai.files.FilePurpose}
 * @param mimeType the MIME type, which must be supported for the purpose (such as {@code application/jsonl})
 * @param partSize bytes per part, from 1 to 64 MiB (the API's maximum)
 * @param concurrency how many parts are sent at once, 1 to 8
 * @param md5 whether to compute the file's MD5 and have the API verify it on completion (reads the file once more)
 * @param expiresAfter when the resulting file expires, or {@code null} for the API's default
 * @param partTimeout how long each part may take, or {@code null} for the configured response timeout
 */
public record LargeFileUpload(Path file, String filename, String purpose, String mimeType, long partSize,
		int concurrency, boolean md5, @Nullable FileExpiration expiresAfter, @Nullable Duration partTimeout) {

	/** The largest part the API accepts, and the default part size: 64 MiB. */
	public static final long MAX_PART_SIZE = 64L * 1024 * 1024;

	/**
	 * Validates the settings.
	 */
	public LargeFileUpload {
		Validation.required("file", file);
		Validation.notBlank("filename", filename);
		Validation.notBlank("purpose", purpose);
		Validation.notBlank("mime_type", mimeType);
		Validation.range("part_size", partSize, 1, MAX_PART_SIZE);
		Validation.range("concurrency", concurrency, 1, 8);
	}

	/**
	 * An upload of a file under its own name, in sequential 64 MiB parts, without checksum.
	 * @param file the file
	 * @param purpose the purpose
	 * @param mimeType the MIME type
	 * @return the settings
	 */
	public static LargeFileUpload of(Path file, String purpose, String mimeType) {
		Objects.requireNonNull(file, "file");
		Path name = file.getFileName();
		return new LargeFileUpload(file, (name != null) ? name.toString() : "", purpose, mimeType, MAX_PART_SIZE, 1,
				false, null, null);
	}

	/**
	 * The same upload with another part size.
	 * @param partSize bytes per part, up to {@link #MAX_PART_SIZE}
	 * @return new settings
	 */
	public LargeFileUpload withPartSize(long partSize) {
		return new LargeFileUpload(this.file, this.filename, this.purpose, this.mimeType, partSize, this.concurrency,
				this.md5, this.expiresAfter, this.partTimeout);
	}

	/**
	 * The same upload sending several parts at once.
	 * @param concurrency 1 to 8
	 * @return new settings
	 */
	public LargeFileUpload withConcurrency(int concurrency) {
		return new LargeFileUpload(this.file, this.filename, this.purpose, this.mimeType, this.partSize, concurrency,
				this.md5, this.expiresAfter, this.partTimeout);
	}

	/**
	 * The same upload with the MD5 checksum sent on completion.
	 * @return new settings
	 */
	public LargeFileUpload withMd5() {
		return new LargeFileUpload(this.file, this.filename, this.purpose, this.mimeType, this.partSize,
				this.concurrency, true, this.expiresAfter, this.partTimeout);
	}

	/**
	 * The same upload under another file name.
	 * @param filename the name
	 * @return new settings
	 */
	public LargeFileUpload withFilename(String filename) {
		return new LargeFileUpload(this.file, filename, this.purpose, this.mimeType, this.partSize, this.concurrency,
				this.md5, this.expiresAfter, this.partTimeout);
	}

	/**
	 * The same upload with an expiration policy for the resulting file.
	 * @param expiresAfter the policy
	 * @return new settings
	 */
	public LargeFileUpload withExpiresAfter(FileExpiration expiresAfter) {
		return new LargeFileUpload(this.file, this.filename, this.purpose, this.mimeType, this.partSize,
				this.concurrency, this.md5, expiresAfter, this.partTimeout);
	}

	/**
	 * The same upload with a timeout per part.
	 * @param partTimeout the timeout of each part's request
	 * @return new settings
	 */
	public LargeFileUpload withPartTimeout(Duration partTimeout) {
		return new LargeFileUpload(this.file, this.filename, this.purpose, this.mimeType, this.partSize,
				this.concurrency, this.md5, this.expiresAfter, partTimeout);
	}

}
