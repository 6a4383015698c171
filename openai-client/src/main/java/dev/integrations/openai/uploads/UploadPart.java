package dev.integrations.openai.uploads;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * A part added to an upload (the {@code upload.part} object).
 *
 * @param id the part ID, such as {@code part_def456}, listed in {@code part_ids} on completion
 * @param object always {@code upload.part}
 * @param createdAt when the part was created, in Unix seconds
 * @param uploadId the upload the part belongs to
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record UploadPart(String id, String object, long createdAt, String uploadId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public UploadPart {
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
