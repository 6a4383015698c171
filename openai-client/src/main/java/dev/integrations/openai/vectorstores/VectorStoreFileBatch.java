package dev.integrations.openai.vectorstores;

import java.time.Instant;

/**
 * A batch of files being attached to a vector store.
 *
 * @param id the batch ID, such as {@code vsfb_abc123}
 * @param object always {@code vector_store.files_batch}
 * @param createdAt when it was created, in Unix seconds
 * @param vectorStoreId the vector store
 * @param status {@code in_progress}, {@code completed}, {@code cancelled} or {@code failed}
 * @param fileCounts its files by status
 */
public record VectorStoreFileBatch(String id, String object, long createdAt, String vectorStoreId, FileStatus status,
		FileCounts fileCounts) {

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
