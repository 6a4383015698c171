package dev.integrations.openai.files;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * A file uploaded to OpenAI (the {@code file} object).
 *
 * @param id the file ID, such as {@code file-abc123}
 * @param object always {@code file}
 * @param bytes the size in bytes
 * @param createdAt when the file was created, in Unix seconds (see {@link #createdAtInstant()})
 * @param expiresAt when the file expires, in Unix seconds, if it does
 * @param filename the file name
 * @param purpose the purpose, one of {@link FilePurpose}'s values or one the API added later
 * @param status the deprecated processing status
 * @param statusDetails the deprecated status details
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record OpenAIFile(String id, String object, long bytes, long createdAt, @Nullable Long expiresAt,
		String filename, String purpose, @Nullable FileStatus status, @Nullable String statusDetails,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public OpenAIFile {
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/** @return {@link #expiresAt()} as an instant, or {@code null} if the file does not expire */
	public @Nullable Instant expiresAtInstant() {
		return (this.expiresAt != null) ? Instant.ofEpochSecond(this.expiresAt) : null;
	}

}
