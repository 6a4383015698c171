package dev.integrations.openai.batches;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.PageParams;
import dev.integrations.openai.common.Poller;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/**
 * {@link BatchService} over the shared executor.
 */
final class DefaultBatchService implements BatchService {

	private static final ParameterizedTypeReference<ListResponse<Batch>> BATCH_LIST = new ParameterizedTypeReference<>() {
	};

	private final ApiExecutor executor;

	DefaultBatchService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public BatchService withOptions(RequestOptions options) {
		return new DefaultBatchService(this.executor.withOptions(options));
	}

	@Override
	public Batch create(CreateBatchRequest request) {
		return this.executor.blocking(createRequest(request), Batch.class);
	}

	@Override
	public Mono<Batch> createAsync(CreateBatchRequest request) {
		return this.executor.mono(() -> createRequest(request), Batch.class);
	}

	@Override
	public Batch retrieve(String batchId) {
		return this.executor.blocking(retrieveRequest(batchId), Batch.class);
	}

	@Override
	public Mono<Batch> retrieveAsync(String batchId) {
		return this.executor.mono(() -> retrieveRequest(batchId), Batch.class);
	}

	@Override
	public ListResponse<Batch> list(PageParams params) {
		return this.executor.blocking(listRequest(params), BATCH_LIST);
	}

	@Override
	public Mono<ListResponse<Batch>> listAsync(PageParams params) {
		return this.executor.mono(() -> listRequest(params), BATCH_LIST);
	}

	@Override
	public CursorPager<Batch> listAutoPaging(PageParams params) {
		return CursorPager.of(params, this::listAsync, Batch::id);
	}

	@Override
	public Batch cancel(String batchId) {
		return this.executor.blocking(cancelRequest(batchId), Batch.class);
	}

	@Override
	public Mono<Batch> cancelAsync(String batchId) {
		return this.executor.mono(() -> cancelRequest(batchId), Batch.class);
	}

	@Override
	public Batch awaitCompletion(String batchId, Poller poller) {
		Validation.notBlank("batch_id", batchId);
		return poller.pollBlocking(() -> retrieveAsync(batchId), Batch::isTerminal, DefaultBatchService::describe);
	}

	@Override
	public Mono<Batch> awaitCompletionAsync(String batchId, Poller poller) {
		return Mono.defer(() -> {
			Validation.notBlank("batch_id", batchId);
			return poller.poll(() -> retrieveAsync(batchId), Batch::isTerminal, DefaultBatchService::describe);
		});
	}

	private static String describe(Batch batch) {
		return "batch " + batch.id() + " is still " + batch.status().name().toLowerCase(java.util.Locale.ROOT);
	}

	private static ApiRequest createRequest(CreateBatchRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/batches").operation("batches.create").jsonBody(request).build();
	}

	private static ApiRequest retrieveRequest(String batchId) {
		return ApiRequest.get("/batches/{batch_id}", batchId).operation("batches.retrieve").build();
	}

	private static ApiRequest listRequest(PageParams params) {
		Validation.required("params", params);
		Validation.range("limit", params.limit(), 1, 100);
		return params.applyTo(ApiRequest.get("/batches")).operation("batches.list").build();
	}

	private static ApiRequest cancelRequest(String batchId) {
		return ApiRequest.post("/batches/{batch_id}/cancel", batchId).operation("batches.cancel").build();
	}

}
