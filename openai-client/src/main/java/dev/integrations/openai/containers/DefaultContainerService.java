package dev.integrations.openai.containers;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/**
 * {@link ContainerService} over the shared executor.
 */
final class DefaultContainerService implements ContainerService {

	private static final ParameterizedTypeReference<ListResponse<Container>> CONTAINER_LIST = new ParameterizedTypeReference<>() {
	};

	private final ApiExecutor executor;

	private final ContainerFileService files;

	DefaultContainerService(ApiExecutor executor) {
		this.executor = executor;
		this.files = new DefaultContainerFileService(executor);
	}

	@Override
	public ContainerService withOptions(RequestOptions options) {
		return new DefaultContainerService(this.executor.withOptions(options));
	}

	@Override
	public Container create(CreateContainerRequest request) {
		return this.executor.blocking(createRequest(request), Container.class);
	}

	@Override
	public Mono<Container> createAsync(CreateContainerRequest request) {
		return this.executor.mono(() -> createRequest(request), Container.class);
	}

	@Override
	public ListResponse<Container> list(ContainerListParams params) {
		return this.executor.blocking(listRequest(params), CONTAINER_LIST);
	}

	@Override
	public Mono<ListResponse<Container>> listAsync(ContainerListParams params) {
		return this.executor.mono(() -> listRequest(params), CONTAINER_LIST);
	}

	@Override
	public CursorPager<Container> listAutoPaging(ContainerListParams params) {
		return CursorPager.of(params, this::listAsync, Container::id);
	}

	@Override
	public Container retrieve(String containerId) {
		return this.executor.blocking(retrieveRequest(containerId), Container.class);
	}

	@Override
	public Mono<Container> retrieveAsync(String containerId) {
		return this.executor.mono(() -> retrieveRequest(containerId), Container.class);
	}

	@Override
	public DeletionStatus delete(String containerId) {
		return this.executor.blocking(deleteRequest(containerId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String containerId) {
		return this.executor.mono(() -> deleteRequest(containerId), DeletionStatus.class);
	}

	@Override
	public ContainerFileService files() {
		return this.files;
	}

	private static ApiRequest createRequest(CreateContainerRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/containers").operation("containers.create").jsonBody(request).build();
	}

	private static ApiRequest listRequest(ContainerListParams params) {
		Validation.required("params", params);
		return params.page()
			.applyTo(ApiRequest.get("/containers"))
			.query("name", params.name())
			.operation("containers.list")
			.build();
	}

	private static ApiRequest retrieveRequest(String containerId) {
		return ApiRequest.get("/containers/{container_id}", containerId).operation("containers.retrieve").build();
	}

	private static ApiRequest deleteRequest(String containerId) {
		return ApiRequest.delete("/containers/{container_id}", containerId).operation("containers.delete").build();
	}

}
