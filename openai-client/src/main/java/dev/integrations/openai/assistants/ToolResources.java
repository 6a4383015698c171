package dev.integrations.openai.assistants;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.internal.WireLists;
import dev.integrations.openai.vectorstores.ChunkingStrategy;
import org.jspecify.annotations.Nullable;

/**
 * Resources made available to the tools of an assistant or a thread: files for {@code code_interpreter}, vector
 * stores for {@code file_search}.
 *
 * @param codeInterpreter the files of the code interpreter
 * @param fileSearch the vector stores of file search
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record ToolResources(@Nullable CodeInterpreter codeInterpreter, @Nullable FileSearch fileSearch) {

	/**
	 * Checks the request rules of the resources; the client calls this before sending them. Reading them from a
	 * response checks nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		if (this.codeInterpreter != null) {
			this.codeInterpreter.validate();
		}
		if (this.fileSearch != null) {
			this.fileSearch.validate();
		}
	}

	/**
	 * Files for the code interpreter.
	 * @param fileIds up to 20 file IDs
	 * @return the resources
	 */
	public static ToolResources codeInterpreterFiles(List<String> fileIds) {
		ToolResources resources = new ToolResources(new CodeInterpreter(fileIds), null);
		resources.validate();
		return resources;
	}

	/**
	 * An existing vector store for file search.
	 * @param vectorStoreId the vector store ID
	 * @return the resources
	 */
	public static ToolResources fileSearchVectorStore(String vectorStoreId) {
		return new ToolResources(null, new FileSearch(List.of(vectorStoreId), null));
	}

	/**
	 * The files of the code interpreter.
	 *
	 * @param fileIds up to 20 file IDs
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public record CodeInterpreter(@Nullable List<String> fileIds) {

		/**
		 * Copies the file IDs.
		 */
		public CodeInterpreter {
			fileIds = WireLists.copyOfNullable(fileIds);
		}

		/**
		 * Checks the request rule of the number of files; the client calls this before sending them.
		 * @throws dev.integrations.openai.errors.OpenAIValidationException naming
		 * {@code tool_resources.code_interpreter.file_ids}
		 */
		public void validate() {
			Validation.maxSize("tool_resources.code_interpreter.file_ids", this.fileIds, 20);
		}

	}

	/**
	 * The vector stores of file search: an existing one ({@code vector_store_ids}) or one to create
	 * ({@code vector_stores}, on create requests only).
	 *
	 * @param vectorStoreIds at most one vector store ID
	 * @param vectorStores at most one vector store to create from files
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public record FileSearch(@Nullable List<String> vectorStoreIds, @Nullable List<NewVectorStore> vectorStores) {

		/**
		 * Copies the lists.
		 */
		public FileSearch {
			vectorStoreIds = WireLists.copyOfNullable(vectorStoreIds);
			vectorStores = WireLists.copyOfNullable(vectorStores);
		}

		/**
		 * Checks the request rules of the vector stores; the client calls this before sending them.
		 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
		 */
		public void validate() {
			Validation.maxSize("tool_resources.file_search.vector_store_ids", this.vectorStoreIds, 1);
			Validation.maxSize("tool_resources.file_search.vector_stores", this.vectorStores, 1);
			if (this.vectorStoreIds != null && this.vectorStores != null) {
				throw new dev.integrations.openai.errors.OpenAIValidationException(
						"tool_resources.file_search.vector_stores",
						"tool_resources.file_search accepts either vector_store_ids or vector_stores, not both");
			}
			if (this.vectorStores != null) {
				this.vectorStores.forEach(NewVectorStore::validate);
			}
		}

	}

	/**
	 * A vector store to create from files and attach.
	 *
	 * @param fileIds the file IDs to add
	 * @param chunkingStrategy how to chunk the files; {@code null} for {@code auto}
	 * @param metadata up to 16 key-value pairs
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public record NewVectorStore(List<String> fileIds, @Nullable ChunkingStrategy chunkingStrategy,
			@Nullable Map<String, String> metadata) {

		/**
		 * Copies the file IDs.
		 */
		public NewVectorStore {
			fileIds = WireLists.copyOfNullable(fileIds);
		}

		/**
		 * Checks the request rules of the vector store; the client calls this before sending it.
		 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
		 */
		public void validate() {
			Validation.required("tool_resources.file_search.vector_stores.file_ids", this.fileIds);
			Validation.metadata("tool_resources.file_search.vector_stores.metadata", this.metadata);
			if (this.chunkingStrategy != null) {
				this.chunkingStrategy.validate();
			}
		}

	}

}
