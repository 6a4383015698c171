package dev.integrations.openai.vectorstores;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/**
 * {@link VectorStoreService} over the shared executor.
 */
final class DefaultVectorStoreService implements VectorStoreService {

	private static final ParameterizedTypeReference<ListResponse<VectorStore>> STORE_LIST = new ParameterizedTypeReference<>() {
	};

	private static final String STORE_PATH = "/vector_stores/{vector_store_id}";

	private final ApiExecutor executor;

	private final VectorStoreFileService files;

	private final VectorStoreFileBatchService fileBatches;

	DefaultVectorStoreService(ApiExecutor executor) {
		this.executor = executor;
		this.files = new DefaultVectorStoreFileService(executor);
		this.fileBatches = new DefaultVectorStoreFileBatchService(executor);
	}

	@Override
	public VectorStoreService withOptions(RequestOptions options) {
		return new DefaultVectorStoreService(this.executor.withOptions(options));
	}

	@Override
	public VectorStore create(VectorStoreRequest request) {
		return this.executor.blocking(createRequest(request), VectorStore.class);
	}

	@Override
	public Mono<VectorStore> createAsync(VectorStoreRequest request) {
		return this.executor.mono(() -> createRequest(request), VectorStore.class);
	}

	@Override
	public VectorStore retrieve(String vectorStoreId) {
		return this.executor.blocking(retrieveRequest(vectorStoreId), VectorStore.class);
	}

	@Override
	public Mono<VectorStore> retrieveAsync(String vectorStoreId) {
		return this.executor.mono(() -> retrieveRequest(vectorStoreId), VectorStore.class);
	}

	@Override
	public VectorStore modify(String vectorStoreId, VectorStoreUpdate update) {
		return this.executor.blocking(modifyRequest(vectorStoreId, update), VectorStore.class);
	}

	@Override
	public Mono<VectorStore> modifyAsync(String vectorStoreId, VectorStoreUpdate update) {
		return this.executor.mono(() -> modifyRequest(vectorStoreId, update), VectorStore.class);
	}

	@Override
	public DeletionStatus delete(String vectorStoreId) {
		return this.executor.blocking(deleteRequest(vectorStoreId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String vectorStoreId) {
		return this.executor.mono(() -> deleteRequest(vectorStoreId), DeletionStatus.class);
	}

	@Override
	public ListResponse<VectorStore> list(ListParams params) {
		return this.executor.blocking(listRequest(params), STORE_LIST);
	}

	@Override
	public Mono<ListResponse<VectorStore>> listAsync(ListParams params) {
		return this.executor.mono(() -> listRequest(params), STORE_LIST);
	}

	@Override
	public CursorPager<VectorStore> listAutoPaging(ListParams params) {
		return CursorPager.of(params, this::listAsync, VectorStore::id);
	}

	@Override
	public SearchResults search(String vectorStoreId, SearchRequest request) {
		return this.executor.blocking(searchRequest(vectorStoreId, request), SearchResults.class);
	}

	@Override
	public Mono<SearchResults> searchAsync(String vectorStoreId, SearchRequest request) {
		return this.executor.mono(() -> searchRequest(vectorStoreId, request), SearchResults.class);
	}

	@Override
	public VectorStoreFileService files() {
		return this.files;
	}

	@Override
	public VectorStoreFileBatchService fileBatches() {
		return this.fileBatches;
	}

	private static ApiRequest createRequest(VectorStoreRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/vector_stores").operation("vector_stores.create").jsonBody(request).build();
	}

	private static ApiRequest retrieveRequest(String vectorStoreId) {
		return ApiRequest.get(STORE_PATH, vectorStoreId).operation("vector_stores.retrieve").build();
	}

	private static ApiRequest modifyRequest(String vectorStoreId, VectorStoreUpdate update) {
		Validation.required("request", update);
		return ApiRequest.post(STORE_PATH, vectorStoreId).operation("vector_stores.modify").jsonBody(update).build();
	}

	private static ApiRequest deleteRequest(String vectorStoreId) {
		return ApiRequest.delete(STORE_PATH, vectorStoreId).operation("vector_stores.delete").build();
	}

	private static ApiRequest listRequest(ListParams params) {
		Validation.required("params", params);
		return params.applyTo(ApiRequest.get("/vector_stores")).operation("vector_stores.list").build();
	}

	private static ApiRequest searchRequest(String vectorStoreId, SearchRequest request) {
		Validation.required("request", request);
		return ApiRequest.post(STORE_PATH + "/search", vectorStoreId)
			.operation("vector_stores.search")
			.jsonBody(request)
			.build();
	}

}
