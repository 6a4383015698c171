package dev.integrations.openai.vectorstores;

import java.util.Map;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * A file to attach to a vector store: the body of create vector store file, and one entry of the {@code files}
 * of a file batch.
 *
 * @param fileId the ID of an uploaded file
 * @param chunkingStrategy how to chunk it; {@code null} for {@code auto}
 * @param attributes up to 16 attributes (strings up to 512 characters, numbers, booleans) for search filters
 */
public record VectorStoreFileRequest(String fileId, @Nullable ChunkingStrategy chunkingStrategy,
		@Nullable Map<String, Object> attributes) {

	/**
	 * Validates the request.
	 */
	public VectorStoreFileRequest {
		Validation.notBlank("file_id", fileId);
		if (chunkingStrategy != null) {
			chunkingStrategy.validate();
		}
		VectorStoreValidation.attributes(attributes);
		attributes = (attributes != null) ? Map.copyOf(attributes) : null;
	}

	/**
	 * Attaches a file with the default chunking and no attributes.
	 * @param fileId the file ID
	 * @return the request
	 */
	public static VectorStoreFileRequest of(String fileId) {
		return new VectorStoreFileRequest(fileId, null, null);
	}

}
