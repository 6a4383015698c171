package dev.integrations.openai.vectorstores;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import dev.integrations.openai.internal.EpochSeconds;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * A vector store: processed files that the {@code file_search} tool and the search endpoint query.
 *
 * @param id the vector store ID, such as {@code vs_abc123}
 * @param object always {@code vector_store}
 * @param createdAt when it was created, in Unix seconds
 * @param name the name
 * @param usageBytes the storage it uses
 * @param fileCounts its files by status
 * @param status {@code expired}, {@code in_progress} or {@code completed} (ready)
 * @param expiresAfter its expiration policy
 * @param expiresAt when it expires, in Unix seconds
 * @param lastActiveAt when it was last active, in Unix seconds
 * @param metadata up to 16 key-value pairs
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record VectorStore(String id, String object, long createdAt, @Nullable String name, long usageBytes,
		FileCounts fileCounts, Status status, @Nullable ExpiresAfter expiresAfter, @Nullable Long expiresAt,
		@Nullable Long lastActiveAt, Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Normalizes missing metadata to an empty map.
	 */
	public VectorStore {
		extra = Extras.copy(extra);
		metadata = (metadata != null) ? Map.copyOf(metadata) : Map.of();
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/** @return {@code expires_at} as an {@code Instant}, or {@code null} when not set */
	public @Nullable Instant expiresAtInstant() {
		return EpochSeconds.toInstant(this.expiresAt);
	}

	/** @return {@code last_active_at} as an {@code Instant}, or {@code null} when not set */
	public @Nullable Instant lastActiveAtInstant() {
		return EpochSeconds.toInstant(this.lastActiveAt);
	}

	/**
	 * The status of a vector store.
	 */
	public enum Status {

		/** Expired. */
		EXPIRED,

		/** Processing files. */
		IN_PROGRESS,

		/** Ready for use. */
		COMPLETED,

		/** A status this client does not know yet. */
		@JsonEnumDefaultValue
		UNKNOWN

	}

}
