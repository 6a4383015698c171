package dev.integrations.openai.vectorstores;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import dev.integrations.openai.common.Poller;
import reactor.core.publisher.Mono;

/**
 * The file batches of vector stores ({@code /vector_stores/{vector_store_id}/file_batches}): attach many
 * uploaded files in one request. Get it from {@link VectorStoreService#fileBatches()}.
 */
public interface VectorStoreFileBatchService extends OpenAIService<VectorStoreFileBatchService> {

	/**
	 * Creates a file batch ({@code POST /vector_stores/{vector_store_id}/file_batches}).
	 * @param vectorStoreId the store ID
	 * @param request the files
	 * @return the batch, typically {@code in_progress}
	 */
	VectorStoreFileBatch create(String vectorStoreId, FileBatchRequest request);

	/** {@link #create(String, FileBatchRequest)} as a lazy {@link Mono}. */
	Mono<VectorStoreFileBatch> createAsync(String vectorStoreId, FileBatchRequest request);

	/**
	 * Creates a file batch, then polls it until processing ends ({@code completed}, {@code failed} or
	 * {@code cancelled}).
	 * @param vectorStoreId the store ID
	 * @param request the files
	 * @param poller interval, timeout, clock and sleeper of the polling
	 * @return the batch in a terminal status
	 * @throws dev.integrations.openai.errors.OpenAITimeoutException if the timeout elapses first
	 */
	VectorStoreFileBatch createAndPoll(String vectorStoreId, FileBatchRequest request, Poller poller);

	/** {@link #createAndPoll(String, FileBatchRequest, Poller)} as a lazy {@link Mono}. */
	Mono<VectorStoreFileBatch> createAndPollAsync(String vectorStoreId, FileBatchRequest request,
			Poller poller);

	/**
	 * Retrieves a file batch ({@code GET /vector_stores/{vector_store_id}/file_batches/{batch_id}}).
	 * @param vectorStoreId the store ID
	 * @param batchId the batch ID
	 * @return the batch
	 */
	VectorStoreFileBatch retrieve(String vectorStoreId, String batchId);

	/** {@link #retrieve(String, String)} as a lazy {@link Mono}. */
	Mono<VectorStoreFileBatch> retrieveAsync(String vectorStoreId, String batchId);

	/**
	 * Cancels a file batch ({@code POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel}).
	 * @param vectorStoreId the store ID
	 * @param batchId the batch ID
	 * @return the batch, typically {@code cancelling} its files
	 */
	VectorStoreFileBatch cancel(String vectorStoreId, String batchId);

	/** {@link #cancel(String, String)} as a lazy {@link Mono}. */
	Mono<VectorStoreFileBatch> cancelAsync(String vectorStoreId, String batchId);

	/**
	 * Lists one page of the files of a batch
	 * ({@code GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files}).
	 * @param vectorStoreId the store ID
	 * @param batchId the batch ID
	 * @param params limit, order, after, before and the status filter
	 * @return the page
	 */
	ListResponse<VectorStoreFile> listFiles(String vectorStoreId, String batchId, VectorStoreFileListParams params);

	/** {@link #listFiles(String, String, VectorStoreFileListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<VectorStoreFile>> listFilesAsync(String vectorStoreId, String batchId, VectorStoreFileListParams params);

	/**
	 * Every file of a batch, fetching pages lazily.
	 * @param vectorStoreId the store ID
	 * @param batchId the batch ID
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<VectorStoreFile> listFilesAutoPaging(String vectorStoreId, String batchId, VectorStoreFileListParams params);

	/**
	 * Walks every file of a batch with the API's default page size and order, fetching pages lazily.
	 * @param vectorStoreId the vector store ID
	 * @param batchId the batch ID
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<VectorStoreFile> listFilesAutoPaging(String vectorStoreId, String batchId) {
		return listFilesAutoPaging(vectorStoreId, batchId, VectorStoreFileListParams.DEFAULTS);
	}


}
