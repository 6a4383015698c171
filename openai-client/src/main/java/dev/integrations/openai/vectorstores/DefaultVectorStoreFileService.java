package dev.integrations.openai.vectorstores;

import java.util.Map;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.Poller;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/**
 * {@link VectorStoreFileService} over the shared executor.
 */
final class DefaultVectorStoreFileService implements VectorStoreFileService {

	static final ParameterizedTypeReference<ListResponse<VectorStoreFile>> FILE_LIST = new ParameterizedTypeReference<>() {
	};

	private static final String FILES_PATH = "/vector_stores/{vector_store_id}/files";

	private static final String FILE_PATH = FILES_PATH + "/{file_id}";

	private final ApiExecutor executor;

	DefaultVectorStoreFileService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public VectorStoreFileService withOptions(RequestOptions options) {
		return new DefaultVectorStoreFileService(this.executor.withOptions(options));
	}

	@Override
	public VectorStoreFile create(String vectorStoreId, VectorStoreFileRequest request) {
		return this.executor.blocking(createRequest(vectorStoreId, request), VectorStoreFile.class);
	}

	@Override
	public Mono<VectorStoreFile> createAsync(String vectorStoreId, VectorStoreFileRequest request) {
		return this.executor.mono(() -> createRequest(vectorStoreId, request), VectorStoreFile.class);
	}

	@Override
	public VectorStoreFile createAndPoll(String vectorStoreId, VectorStoreFileRequest request, Poller poller) {
		ApiRequest built = createRequest(vectorStoreId, request);
		Validation.required("poller", poller);
		return poll(Mono.just(this.executor.blocking(built, VectorStoreFile.class)), poller).block();
	}

	@Override
	public Mono<VectorStoreFile> createAndPollAsync(String vectorStoreId, VectorStoreFileRequest request,
			Poller poller) {
		return poll(createAsync(vectorStoreId, request), poller);
	}

	private Mono<VectorStoreFile> poll(Mono<VectorStoreFile> first, Poller poller) {
		Validation.required("poller", poller);
		return poller.poll(first, (file) -> retrieveAsync(file.vectorStoreId(), file.id()),
				(file) -> file.status().isTerminal(),
				(file) -> "vector store file " + file.id() + " is still " + file.status().wireValue());
	}

	@Override
	public ListResponse<VectorStoreFile> list(String vectorStoreId, VectorStoreFileListParams params) {
		return this.executor.blocking(listRequest(vectorStoreId, params), FILE_LIST);
	}

	@Override
	public Mono<ListResponse<VectorStoreFile>> listAsync(String vectorStoreId, VectorStoreFileListParams params) {
		return this.executor.mono(() -> listRequest(vectorStoreId, params), FILE_LIST);
	}

	@Override
	public CursorPager<VectorStoreFile> listAutoPaging(String vectorStoreId, VectorStoreFileListParams params) {
		return CursorPager.of(params, (page) -> listAsync(vectorStoreId, page), VectorStoreFile::id);
	}

	@Override
	public VectorStoreFile retrieve(String vectorStoreId, String fileId) {
		return this.executor.blocking(retrieveRequest(vectorStoreId, fileId), VectorStoreFile.class);
	}

	@Override
	public Mono<VectorStoreFile> retrieveAsync(String vectorStoreId, String fileId) {
		return this.executor.mono(() -> retrieveRequest(vectorStoreId, fileId), VectorStoreFile.class);
	}

	@Override
	public VectorStoreFile update(String vectorStoreId, String fileId, Map<String, Object> attributes) {
		return this.executor.blocking(updateRequest(vectorStoreId, fileId, attributes), VectorStoreFile.class);
	}

	@Override
	public Mono<VectorStoreFile> updateAsync(String vectorStoreId, String fileId, Map<String, Object> attributes) {
		return this.executor.mono(() -> updateRequest(vectorStoreId, fileId, attributes), VectorStoreFile.class);
	}

	@Override
	public DeletionStatus delete(String vectorStoreId, String fileId) {
		return this.executor.blocking(deleteRequest(vectorStoreId, fileId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String vectorStoreId, String fileId) {
		return this.executor.mono(() -> deleteRequest(vectorStoreId, fileId), DeletionStatus.class);
	}

	@Override
	public VectorStoreFileContent content(String vectorStoreId, String fileId) {
		return this.executor.blocking(contentRequest(vectorStoreId, fileId), VectorStoreFileContent.class);
	}

	@Override
	public Mono<VectorStoreFileContent> contentAsync(String vectorStoreId, String fileId) {
		return this.executor.mono(() -> contentRequest(vectorStoreId, fileId), VectorStoreFileContent.class);
	}

	static ApiRequest.Builder filter(ApiRequest.Builder request, @Nullable FileStatus filter) {
		if (filter == FileStatus.UNKNOWN) {
			throw new dev.integrations.openai.errors.OpenAIValidationException("filter",
					"filter must be in_progress, completed, failed or cancelled");
		}
		return request.query("filter", (filter != null) ? filter.wireValue() : null);
	}

	private static ApiRequest createRequest(String vectorStoreId, VectorStoreFileRequest request) {
		Validation.required("request", request);
		return ApiRequest.post(FILES_PATH, vectorStoreId)
			.operation("vector_stores.files.create")
			.jsonBody(request)
			.build();
	}

	private static ApiRequest listRequest(String vectorStoreId, VectorStoreFileListParams params) {
		Validation.required("params", params);
		return filter(params.page().applyTo(ApiRequest.get(FILES_PATH, vectorStoreId)), params.filter())
			.operation("vector_stores.files.list")
			.build();
	}

	private static ApiRequest retrieveRequest(String vectorStoreId, String fileId) {
		return ApiRequest.get(FILE_PATH, vectorStoreId, fileId).operation("vector_stores.files.retrieve").build();
	}

	private static ApiRequest updateRequest(String vectorStoreId, String fileId, Map<String, Object> attributes) {
		FileAttributesUpdate body = new FileAttributesUpdate(attributes);
		return ApiRequest.post(FILE_PATH, vectorStoreId, fileId)
			.operation("vector_stores.files.update")
			.jsonBody(body)
			.build();
	}

	private static ApiRequest deleteRequest(String vectorStoreId, String fileId) {
		return ApiRequest.delete(FILE_PATH, vectorStoreId, fileId).operation("vector_stores.files.delete").build();
	}

	private static ApiRequest contentRequest(String vectorStoreId, String fileId) {
		return ApiRequest.get(FILE_PATH + "/content", vectorStoreId, fileId)
			.operation("vector_stores.files.content")
			.build();
	}

}
