package dev.integrations.openai.vectorstores;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * The Vector stores API ({@code /vector_stores}), with the {@link #files()} and {@link #fileBatches()} of each
 * store. Blocking methods run on the caller's thread; {@code Async} methods return a lazy {@link Mono}.
 * Thread-safe; get it from {@link dev.integrations.openai.client.OpenAIClient#vectorStores()}.
 */
public interface VectorStoreService extends OpenAIService<VectorStoreService> {

	/**
	 * Creates a vector store ({@code POST /vector_stores}).
	 * @param request the store
	 * @return the store
	 */
	VectorStore create(VectorStoreRequest request);

	/** {@link #create(VectorStoreRequest)} as a lazy {@link Mono}. */
	Mono<VectorStore> createAsync(VectorStoreRequest request);

	/**
	 * Retrieves a vector store ({@code GET /vector_stores/{vector_store_id}}).
	 * @param vectorStoreId the store ID
	 * @return the store
	 */
	VectorStore retrieve(String vectorStoreId);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<VectorStore> retrieveAsync(String vectorStoreId);

	/**
	 * Modifies a vector store ({@code POST /vector_stores/{vector_store_id}}).
	 * @param vectorStoreId the store ID
	 * @param update the changes
	 * @return the modified store
	 */
	VectorStore modify(String vectorStoreId, VectorStoreUpdate update);

	/** {@link #modify(String, VectorStoreUpdate)} as a lazy {@link Mono}. */
	Mono<VectorStore> modifyAsync(String vectorStoreId, VectorStoreUpdate update);

	/**
	 * Deletes a vector store ({@code DELETE /vector_stores/{vector_store_id}}); its files stay uploaded.
	 * @param vectorStoreId the store ID
	 * @return the deletion status, object {@code vector_store.deleted}
	 */
	DeletionStatus delete(String vectorStoreId);

	/** {@link #delete(String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String vectorStoreId);

	/**
	 * Lists one page of vector stores ({@code GET /vector_stores}).
	 * @param params limit, order, after and before
	 * @return the page
	 */
	ListResponse<VectorStore> list(ListParams params);

	/** {@link #list(ListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<VectorStore>> listAsync(ListParams params);

	/**
	 * Every vector store, fetching pages lazily ({@code GET /vector_stores}).
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<VectorStore> listAutoPaging(ListParams params);

	/**
	 * Walks every vector store with the API's default page size and order, fetching pages lazily.
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<VectorStore> listAutoPaging() {
		return listAutoPaging(ListParams.DEFAULTS);
	}


	/**
	 * Searches a vector store ({@code POST /vector_stores/{vector_store_id}/search}).
	 * @param vectorStoreId the store ID
	 * @param request the query, filters and ranking
	 * @return the results
	 */
	SearchResults search(String vectorStoreId, SearchRequest request);

	/** {@link #search(String, SearchRequest)} as a lazy {@link Mono}. */
	Mono<SearchResults> searchAsync(String vectorStoreId, SearchRequest request);

	/** @return the files of vector stores */
	VectorStoreFileService files();

	/** @return the file batches of vector stores */
	VectorStoreFileBatchService fileBatches();

}
