package dev.integrations.openai.vectorstores;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * A batch of files being attached to a vector store.
 *
 * @param id the batch ID, such as {@code vsfb_abc123}
 * @param object always {@code vector_store.files_batch}
 * @param createdAt when it was created, in Unix seconds
 * @param vectorStoreId the vector store
 * @param status {@code in_progress}, {@code completed}, {@code cancelled} or {@code failed}
 * @param fileCounts its files by status
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record VectorStoreFileBatch(String id, String object, long createdAt, String vectorStoreId, FileStatus status,
		FileCounts fileCounts, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public VectorStoreFileBatch {
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
