package dev.integrations.openai.uploads;

import dev.integrations.openai.files.FileExpiration;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /uploads}.
 *
 * @param filename the name of the file to upload
 * @param purpose the intended purpose: {@code assistants}, {@code batch}, {@code fine-tune} or {@code vision} (see
 * {@link dev.integrations.openai.files.FilePurpose})
 * @param bytes the number of bytes in the file
 * @param mimeType the MIME type, which must be supported for the purpose (such as {@code application/jsonl})
 * @param expiresAfter when the resulting file expires, or {@code null} for the API's default
 */
public record CreateUploadRequest(String filename, String purpose, long bytes, String mimeType,
		@Nullable FileExpiration expiresAfter) {

	/**
	 * Validates the request.
	 */
	public CreateUploadRequest {
		Validation.notBlank("filename", filename);
		Validation.notBlank("purpose", purpose);
		Validation.notBlank("mime_type", mimeType);
		Validation.range("bytes", bytes, 0, Long.MAX_VALUE);
	}

	/**
	 * A request with the default expiration.
	 * @param filename the file name
	 * @param purpose the purpose
	 * @param bytes the size
	 * @param mimeType the MIME type
	 * @return the request
	 */
	public static CreateUploadRequest of(String filename, String purpose, long bytes, String mimeType) {
		return new CreateUploadRequest(filename, purpose, bytes, mimeType, null);
	}

}
