package dev.integrations.openai.vectorstores;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of create file batch: either {@code file_ids} with shared {@code chunking_strategy} and
 * {@code attributes}, or {@code files} each with its own.
 *
 * @param fileIds 1 to 2000 file IDs
 * @param files 1 to 2000 files with their own chunking and attributes
 * @param chunkingStrategy the chunking of every file of {@code file_ids}
 * @param attributes the attributes of every file of {@code file_ids}
 */
public record FileBatchRequest(@Nullable List<String> fileIds, @Nullable List<VectorStoreFileRequest> files,
		@Nullable ChunkingStrategy chunkingStrategy, @Nullable Map<String, Object> attributes) {

	/**
	 * Validates the request.
	 */
	public FileBatchRequest {
		if ((fileIds == null) == (files == null)) {
			throw new OpenAIValidationException("file_ids", "exactly one of file_ids and files must be set");
		}
		if (fileIds != null) {
			fileIds = List.copyOf(Validation.notEmpty("file_ids", fileIds));
			Validation.maxSize("file_ids", fileIds, 2000);
		}
		if (files != null) {
			files = List.copyOf(Validation.notEmpty("files", files));
			Validation.maxSize("files", files, 2000);
			if (chunkingStrategy != null || attributes != null) {
				throw new OpenAIValidationException("files",
						"with files, set chunking_strategy and attributes on each file");
			}
		}
		if (chunkingStrategy != null) {
			chunkingStrategy.validate();
		}
		VectorStoreValidation.attributes(attributes);
	}

	/**
	 * A batch of files with the default chunking and no attributes.
	 * @param fileIds the file IDs
	 * @return the request
	 */
	public static FileBatchRequest of(List<String> fileIds) {
		return new FileBatchRequest(fileIds, null, null, null);
	}

	/**
	 * A batch of files, each with its own chunking and attributes.
	 * @param files the files
	 * @return the request
	 */
	public static FileBatchRequest ofFiles(List<VectorStoreFileRequest> files) {
		return new FileBatchRequest(null, files, null, null);
	}

}
