package dev.integrations.openai.vectorstores;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireMaps;
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
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record VectorStoreFile(String id, String object, long usageBytes, long createdAt, String vectorStoreId,
		FileStatus status, @Nullable LastError lastError, @Nullable ChunkingStrategy chunkingStrategy,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> attributes,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties; missing attributes read as an empty map.
	 */
	public VectorStoreFile {
		extra = Extras.copy(extra);
		attributes = WireMaps.copyOf(attributes);
	}

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
