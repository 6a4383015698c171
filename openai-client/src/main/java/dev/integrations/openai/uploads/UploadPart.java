package dev.integrations.openai.uploads;

import java.time.Instant;

/**
 * A part added to an upload (the {@code upload.part} object).
 *
 * @param id the part ID, such as {@code part_def456}, listed in {@code part_ids} on completion
 * @param object always {@code upload.part}
 * @param createdAt when the part was created, in Unix seconds
 * @param uploadId the upload the part belongs to
 */
public record UploadPart(String id, String object, long createdAt, String uploadId) {

	/** @return {@link #createdAt()} as an instant */
	public Instant createdInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
