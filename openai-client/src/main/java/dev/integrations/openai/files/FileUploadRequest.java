package dev.integrations.openai.files;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * An upload to {@code POST /files}.
 *
 * @param file the file to upload
 * @param purpose the purpose, see {@link FilePurpose}
 * @param expiresAfter when the file expires, or {@code null} for the API's default
 * @param timeout how long the whole upload may take, replacing the configured response timeout; {@code null} for
 * the configured one
 */
public record FileUploadRequest(FileContent file, String purpose, @Nullable FileExpiration expiresAfter,
		@Nullable Duration timeout) {

	/**
	 * Validates the request.
	 */
	public FileUploadRequest {
		Validation.required("file", file);
		Validation.notBlank("purpose", purpose);
	}

	/**
	 * An upload with the default expiration and timeout.
	 * @param file the file
	 * @param purpose the purpose, see {@link FilePurpose}
	 * @return the request
	 */
	public static FileUploadRequest of(FileContent file, String purpose) {
		return new FileUploadRequest(file, purpose, null, null);
	}

	/**
	 * An upload of a file on disk with the default expiration and timeout.
	 * @param file the file, named after its last path element
	 * @param purpose the purpose, see {@link FilePurpose}
	 * @return the request
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
	 */
	public static FileUploadRequest of(Path file, String purpose) {
		return of(FileContent.of(file), purpose);
	}

	/**
	 * The same request with an expiration policy.
	 * @param expiresAfter the policy
	 * @return a new request
	 */
	public FileUploadRequest withExpiresAfter(FileExpiration expiresAfter) {
		return new FileUploadRequest(this.file, this.purpose, Objects.requireNonNull(expiresAfter), this.timeout);
	}

	/**
	 * The same request with a timeout for the whole upload.
	 * @param timeout the timeout
	 * @return a new request
	 */
	public FileUploadRequest withTimeout(Duration timeout) {
		return new FileUploadRequest(this.file, this.purpose, this.expiresAfter, Objects.requireNonNull(timeout));
	}

}
