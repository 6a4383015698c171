package dev.integrations.openai.models;

import java.util.List;

import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/**
 * {@link ModelService} over the shared executor.
 */
final class DefaultModelService implements ModelService {

	private static final ParameterizedTypeReference<ListResponse<Model>> MODEL_LIST = new ParameterizedTypeReference<>() {
	};

	private final ApiExecutor executor;

	DefaultModelService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public ModelService withOptions(RequestOptions options) {
		return new DefaultModelService(this.executor.withOptions(options));
	}

	@Override
	public List<Model> list() {
		return this.executor.blocking(listRequest(), MODEL_LIST).data();
	}

	@Override
	public Mono<List<Model>> listAsync() {
		return this.executor.mono(DefaultModelService::listRequest, MODEL_LIST).map(ListResponse::data);
	}

	@Override
	public Model retrieve(String model) {
		return this.executor.blocking(retrieveRequest(model), Model.class);
	}

	@Override
	public Mono<Model> retrieveAsync(String model) {
		return this.executor.mono(() -> retrieveRequest(model), Model.class);
	}

	@Override
	public DeletionStatus delete(String model) {
		return this.executor.blocking(deleteRequest(model), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String model) {
		return this.executor.mono(() -> deleteRequest(model), DeletionStatus.class);
	}

	private static ApiRequest listRequest() {
		return ApiRequest.get("/models").operation("models.list").build();
	}

	private static ApiRequest retrieveRequest(String model) {
		return ApiRequest.get("/models/{model}", model).operation("models.retrieve").model(model).build();
	}

	private static ApiRequest deleteRequest(String model) {
		return ApiRequest.delete("/models/{model}", model).operation("models.delete").model(model).build();
	}

}
