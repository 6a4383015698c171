package dev.integrations.openai.vectorstores;

import java.util.Map;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of modify vector store ({@code POST /vector_stores/{vector_store_id}}); only the fields set change.
 *
 * @param name the new name
 * @param expiresAfter the new expiration policy
 * @param metadata the new metadata, up to 16 key-value pairs
 */
public record VectorStoreUpdate(@Nullable String name, @Nullable ExpiresAfter expiresAfter,
		@Nullable Map<String, String> metadata) {

	/**
	 * Validates the metadata.
	 */
	public VectorStoreUpdate {
		Validation.metadata("metadata", metadata);
		if (expiresAfter != null) {
			expiresAfter.validate();
		}
	}

}
