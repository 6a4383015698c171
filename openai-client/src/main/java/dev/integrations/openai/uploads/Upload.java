package dev.integrations.openai.uploads;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.files.OpenAIFile;
import dev.integrations.openai.internal.Extras;
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
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record Upload(String id, String object, long bytes, long createdAt, String filename, String purpose,
		UploadStatus status, long expiresAt, @Nullable OpenAIFile file,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public Upload {
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/** @return {@link #expiresAt()} as an instant */
	public Instant expiresAtInstant() {
		return Instant.ofEpochSecond(this.expiresAt);
	}

}
