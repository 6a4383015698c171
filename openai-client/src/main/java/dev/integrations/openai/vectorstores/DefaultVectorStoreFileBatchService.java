package dev.integrations.openai.vectorstores;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.Poller;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import reactor.core.publisher.Mono;

/**
 * {@link VectorStoreFileBatchService} over the shared executor.
 */
final class DefaultVectorStoreFileBatchService implements VectorStoreFileBatchService {

	private static final String BATCH_PATH = "/vector_stores/{vector_store_id}/file_batches/{batch_id}";

	private final ApiExecutor executor;

	DefaultVectorStoreFileBatchService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public VectorStoreFileBatchService withOptions(RequestOptions options) {
		return new DefaultVectorStoreFileBatchService(this.executor.withOptions(options));
	}

	@Override
	public VectorStoreFileBatch create(String vectorStoreId, FileBatchRequest request) {
		return this.executor.blocking(createRequest(vectorStoreId, request), VectorStoreFileBatch.class);
	}

	@Override
	public Mono<VectorStoreFileBatch> createAsync(String vectorStoreId, FileBatchRequest request) {
		return this.executor.mono(() -> createRequest(vectorStoreId, request), VectorStoreFileBatch.class);
	}

	@Override
	public VectorStoreFileBatch createAndPoll(String vectorStoreId, FileBatchRequest request, Poller poller) {
		ApiRequest built = createRequest(vectorStoreId, request);
		Validation.required("poller", poller);
		return poll(Mono.just(this.executor.blocking(built, VectorStoreFileBatch.class)), poller).block();
	}

	@Override
	public Mono<VectorStoreFileBatch> createAndPollAsync(String vectorStoreId, FileBatchRequest request,
			Poller poller) {
		return poll(createAsync(vectorStoreId, request), poller);
	}

	private Mono<VectorStoreFileBatch> poll(Mono<VectorStoreFileBatch> first, Poller poller) {
		Validation.required("poller", poller);
		return poller.poll(first, (batch) -> retrieveAsync(batch.vectorStoreId(), batch.id()),
				(batch) -> batch.status().isTerminal(),
				(batch) -> "vector store file batch " + batch.id() + " is still " + batch.status().wireValue());
	}

	@Override
	public VectorStoreFileBatch retrieve(String vectorStoreId, String batchId) {
		return this.executor.blocking(retrieveRequest(vectorStoreId, batchId), VectorStoreFileBatch.class);
	}

	@Override
	public Mono<VectorStoreFileBatch> retrieveAsync(String vectorStoreId, String batchId) {
		return this.executor.mono(() -> retrieveRequest(vectorStoreId, batchId), VectorStoreFileBatch.class);
	}

	@Override
	public VectorStoreFileBatch cancel(String vectorStoreId, String batchId) {
		return this.executor.blocking(cancelRequest(vectorStoreId, batchId), VectorStoreFileBatch.class);
	}

	@Override
	public Mono<VectorStoreFileBatch> cancelAsync(String vectorStoreId, String batchId) {
		return this.executor.mono(() -> cancelRequest(vectorStoreId, batchId), VectorStoreFileBatch.class);
	}

	@Override
	public ListResponse<VectorStoreFile> listFiles(String vectorStoreId, String batchId, VectorStoreFileListParams params) {
		return this.executor.blocking(listFilesRequest(vectorStoreId, batchId, params),
				DefaultVectorStoreFileService.FILE_LIST);
	}

	@Override
	public Mono<ListResponse<VectorStoreFile>> listFilesAsync(String vectorStoreId, String batchId, VectorStoreFileListParams params) {
		return this.executor.mono(() -> listFilesRequest(vectorStoreId, batchId, params),
				DefaultVectorStoreFileService.FILE_LIST);
	}

	@Override
	public CursorPager<VectorStoreFile> listFilesAutoPaging(String vectorStoreId, String batchId, VectorStoreFileListParams params) {
		return CursorPager.of(params, (page) -> listFilesAsync(vectorStoreId, batchId, page),
				VectorStoreFile::id);
	}

	private static ApiRequest createRequest(String vectorStoreId, FileBatchRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/vector_stores/{vector_store_id}/file_batches", vectorStoreId)
			.operation("vector_stores.file_batches.create")
			.jsonBody(request)
			.build();
	}

	private static ApiRequest retrieveRequest(String vectorStoreId, String batchId) {
		return ApiRequest.get(BATCH_PATH, vectorStoreId, batchId)
			.operation("vector_stores.file_batches.retrieve")
			.build();
	}

	private static ApiRequest cancelRequest(String vectorStoreId, String batchId) {
		return ApiRequest.post(BATCH_PATH + "/cancel", vectorStoreId, batchId)
			.operation("vector_stores.file_batches.cancel")
			.build();
	}

	private static ApiRequest listFilesRequest(String vectorStoreId, String batchId, VectorStoreFileListParams params) {
		Validation.required("params", params);
		return DefaultVectorStoreFileService
			.filter(params.page().applyTo(ApiRequest.get(BATCH_PATH + "/files", vectorStoreId, batchId)),
					params.filter())
			.operation("vector_stores.file_batches.list_files")
			.build();
	}

}
