package dev.integrations.openai.files;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A file uploaded to OpenAI (the {@code file} object).
 *
 * @param id the file ID, such as {@code file-abc123}
 * @param object always {@code file}
 * @param bytes the size in bytes
 * @param createdAt when the file was created, in Unix seconds (see {@link #createdInstant()})
 * @param expiresAt when the file expires, in Unix seconds, if it does
 * @param filename the file name
 * @param purpose the purpose, one of {@link FilePurpose}'s values or one the API added later
 * @param status the deprecated processing status
 * @param statusDetails the deprecated status details
 */
public record OpenAIFile(String id, String object, long bytes, long createdAt, @Nullable Long expiresAt,
		String filename, String purpose, @Nullable FileStatus status, @Nullable String statusDetails) {

	/** @return {@link #createdAt()} as an instant */
	public Instant createdInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/** @return {@link #expiresAt()} as an instant, or {@code null} if the file does not expire */
	public @Nullable Instant expiresInstant() {
		return (this.expiresAt != null) ? Instant.ofEpochSecond(this.expiresAt) : null;
	}

}
