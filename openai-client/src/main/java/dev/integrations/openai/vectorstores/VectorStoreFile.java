package dev.integrations.openai.vectorstores;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A file attached to a vector store.
 *
 * @param id the file ID, such as {@code file-abc123}
 * @param object always {@code vector_store.file}
 * @param usageBytes the storage it uses in the vector store
 * @param createdAt when it was attached, in Unix seconds
 * @param vectorStoreId the vector store
 * @param status the processing status; {@code completed} means ready for search
 * @param lastError why processing failed, if it did
 * @param chunkingStrategy how it was chunked
 * @param attributes up to 16 attributes (strings, numbers, booleans) used by search filters
 */
public record VectorStoreFile(String id, String object, long usageBytes, long createdAt, String vectorStoreId,
		FileStatus status, @Nullable LastError lastError, @Nullable ChunkingStrategy chunkingStrategy,
		@Nullable Map<String, Object> attributes) {

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/**
	 * Why processing a file failed.
	 *
	 * @param code {@code server_error}, {@code unsupported_file} or {@code invalid_file}
	 * @param message the description
	 */
	public record LastError(String code, String message) {

	}

}
