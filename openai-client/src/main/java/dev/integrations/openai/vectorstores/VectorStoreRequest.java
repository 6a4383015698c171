package dev.integrations.openai.vectorstores;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of create vector store ({@code POST /vector_stores}). Every field is optional; build with
 * {@link #builder()}.
 *
 * @param fileIds up to 500 file IDs to add
 * @param name the name
 * @param description what the store is for
 * @param expiresAfter the expiration policy
 * @param chunkingStrategy how to chunk {@code file_ids}; {@code null} for {@code auto}
 * @param metadata up to 16 key-value pairs
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record VectorStoreRequest(@Nullable List<String> fileIds, @Nullable String name, @Nullable String description,
		@Nullable ExpiresAfter expiresAfter, @Nullable ChunkingStrategy chunkingStrategy,
		@Nullable Map<String, String> metadata, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Validates the fields against the API's limits.
	 */
	public VectorStoreRequest {
		extra = Extras.copy(extra);
		Validation.maxSize("file_ids", fileIds, 500);
		Validation.metadata("metadata", metadata);
		if (chunkingStrategy != null) {
			chunkingStrategy.validate();
		}
		if (expiresAfter != null) {
			expiresAfter.validate();
		}
		fileIds = (fileIds != null) ? List.copyOf(fileIds) : null;
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * Builds a {@link VectorStoreRequest}.
	 */
	public static final class Builder extends RecordBuilder<VectorStoreRequest, Builder> {

		private Builder(@Nullable VectorStoreRequest from) {
			super(VectorStoreRequest.class, from);
		}

		/** Up to 500 file IDs to add. */
		public Builder fileIds(List<String> fileIds) {
			return set("fileIds", fileIds);
		}

		/** The name. */
		public Builder name(String name) {
			return set("name", name);
		}

		/** What the store is for. */
		public Builder description(String description) {
			return set("description", description);
		}

		/** The expiration policy. */
		public Builder expiresAfter(ExpiresAfter expiresAfter) {
			return set("expiresAfter", expiresAfter);
		}

		/** How to chunk the files. */
		public Builder chunkingStrategy(ChunkingStrategy chunkingStrategy) {
			return set("chunkingStrategy", chunkingStrategy);
		}

		/** Up to 16 key-value pairs. */
		public Builder metadata(Map<String, String> metadata) {
			return set("metadata", metadata);
		}

	}

}
