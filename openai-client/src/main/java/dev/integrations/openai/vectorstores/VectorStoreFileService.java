package dev.integrations.openai.vectorstores;

import java.util.Map;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import dev.integrations.openai.common.Poller;
import reactor.core.publisher.Mono;

/**
 * The files of vector stores ({@code /vector_stores/{vector_store_id}/files}). Get it from
 * {@link VectorStoreService#files()}.
 */
public interface VectorStoreFileService extends OpenAIService<VectorStoreFileService> {

	/**
	 * Attaches an uploaded file to a vector store ({@code POST /vector_stores/{vector_store_id}/files}).
	 * @param vectorStoreId the store ID
	 * @param request the file, its chunking and attributes
	 * @return the vector store file, typically {@code in_progress}
	 */
	VectorStoreFile create(String vectorStoreId, VectorStoreFileRequest request);

	/** {@link #create(String, VectorStoreFileRequest)} as a lazy {@link Mono}. */
	Mono<VectorStoreFile> createAsync(String vectorStoreId, VectorStoreFileRequest request);

	/**
	 * Attaches an uploaded file, then polls it until processing ends ({@code completed}, {@code failed} or
	 * {@code cancelled}).
	 * @param vectorStoreId the store ID
	 * @param request the file, its chunking and attributes
	 * @param poller interval, timeout, clock and sleeper of the polling
	 * @return the file in a terminal status
	 * @throws dev.integrations.openai.errors.OpenAITimeoutException if the timeout elapses first
	 */
	VectorStoreFile createAndPoll(String vectorStoreId, VectorStoreFileRequest request, Poller poller);

	/** {@link #createAndPoll(String, VectorStoreFileRequest, Poller)} as a lazy {@link Mono}. */
	Mono<VectorStoreFile> createAndPollAsync(String vectorStoreId, VectorStoreFileRequest request,
			Poller poller);

	/**
	 * Lists one page of the files of a vector store ({@code GET /vector_stores/{vector_store_id}/files}).
	 * @param vectorStoreId the store ID
	 * @param params limit, order, after, before and the status filter
	 * @return the page
	 */
	ListResponse<VectorStoreFile> list(String vectorStoreId, VectorStoreFileListParams params);

	/** {@link #list(String, VectorStoreFileListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<VectorStoreFile>> listAsync(String vectorStoreId, VectorStoreFileListParams params);

	/**
	 * Every file of a vector store, fetching pages lazily.
	 * @param vectorStoreId the store ID
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<VectorStoreFile> listAutoPaging(String vectorStoreId, VectorStoreFileListParams params);

	/**
	 * Walks every file of a vector store with the API's default page size and order, fetching pages lazily.
	 * @param vectorStoreId the vector store ID
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<VectorStoreFile> listAutoPaging(String vectorStoreId) {
		return listAutoPaging(vectorStoreId, VectorStoreFileListParams.DEFAULTS);
	}


	/**
	 * Retrieves a vector store file ({@code GET /vector_stores/{vector_store_id}/files/{file_id}}).
	 * @param vectorStoreId the store ID
	 * @param fileId the file ID
	 * @return the file
	 */
	VectorStoreFile retrieve(String vectorStoreId, String fileId);

	/** {@link #retrieve(String, String)} as a lazy {@link Mono}. */
	Mono<VectorStoreFile> retrieveAsync(String vectorStoreId, String fileId);

	/**
	 * Replaces a file's attributes ({@code POST /vector_stores/{vector_store_id}/files/{file_id}}).
	 * @param vectorStoreId the store ID
	 * @param fileId the file ID
	 * @param attributes up to 16 attributes: strings, numbers or booleans
	 * @return the file
	 */
	VectorStoreFile update(String vectorStoreId, String fileId, Map<String, Object> attributes);

	/** {@link #update(String, String, Map)} as a lazy {@link Mono}. */
	Mono<VectorStoreFile> updateAsync(String vectorStoreId, String fileId, Map<String, Object> attributes);

	/**
	 * Removes a file from a vector store ({@code DELETE /vector_stores/{vector_store_id}/files/{file_id}}); the
	 * uploaded file itself stays.
	 * @param vectorStoreId the store ID
	 * @param fileId the file ID
	 * @return the deletion status, object {@code vector_store.file.deleted}
	 */
	DeletionStatus delete(String vectorStoreId, String fileId);

	/** {@link #delete(String, String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String vectorStoreId, String fileId);

	/**
	 * Retrieves the parsed content of a vector store file
	 * ({@code GET /vector_stores/{vector_store_id}/files/{file_id}/content}).
	 * @param vectorStoreId the store ID
	 * @param fileId the file ID
	 * @return the content
	 */
	VectorStoreFileContent content(String vectorStoreId, String fileId);

	/** {@link #content(String, String)} as a lazy {@link Mono}. */
	Mono<VectorStoreFileContent> contentAsync(String vectorStoreId, String fileId);

}
