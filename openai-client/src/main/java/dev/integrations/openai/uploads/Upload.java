package dev.integrations.openai.uploads;

import java.time.Instant;

import dev.integrations.openai.files.OpenAIFile;
import org.jspecify.annotations.Nullable;

/**
 * An upload (the {@code upload} object), which accepts parts until it is completed or cancelled.
 *
 * @param id the upload ID, such as {@code upload_abc123}
 * @param object always {@code upload}
 * @param bytes the intended number of bytes
 * @param createdAt when the upload was created, in Unix seconds
 * @param filename the name of the file being uploaded
 * @param purpose the intended purpose of the file
 * @param status the status
 * @param expiresAt when the upload expires, in Unix seconds
 * @param file the file created on completion, otherwise {@code null}
 */
public record Upload(String id, String object, long bytes, long createdAt, String filename, String purpose,
		UploadStatus status, long expiresAt, @Nullable OpenAIFile file) {

	/** @return {@link #createdAt()} as an instant */
	public Instant createdInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/** @return {@link #expiresAt()} as an instant */
	public Instant expiresInstant() {
		return Instant.ofEpochSecond(this.expiresAt);
	}

}
