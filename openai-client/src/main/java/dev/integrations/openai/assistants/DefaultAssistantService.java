package dev.integrations.openai.assistants;

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
 * {@link AssistantService} over the shared executor.
 */
@Deprecated
final class DefaultAssistantService implements AssistantService {

	private static final ParameterizedTypeReference<ListResponse<Assistant>> ASSISTANT_LIST = new ParameterizedTypeReference<>() {
	};

	private final ApiExecutor executor;

	DefaultAssistantService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public AssistantService withOptions(RequestOptions options) {
		return new DefaultAssistantService(this.executor.withOptions(options));
	}

	@Override
	public Assistant create(AssistantRequest request) {
		return this.executor.blocking(createRequest(request), Assistant.class);
	}

	@Override
	public Mono<Assistant> createAsync(AssistantRequest request) {
		return this.executor.mono(() -> createRequest(request), Assistant.class);
	}

	@Override
	public Assistant retrieve(String assistantId) {
		return this.executor.blocking(retrieveRequest(assistantId), Assistant.class);
	}

	@Override
	public Mono<Assistant> retrieveAsync(String assistantId) {
		return this.executor.mono(() -> retrieveRequest(assistantId), Assistant.class);
	}

	@Override
	public Assistant modify(String assistantId, AssistantRequest request) {
		return this.executor.blocking(modifyRequest(assistantId, request), Assistant.class);
	}

	@Override
	public Mono<Assistant> modifyAsync(String assistantId, AssistantRequest request) {
		return this.executor.mono(() -> modifyRequest(assistantId, request), Assistant.class);
	}

	@Override
	public DeletionStatus delete(String assistantId) {
		return this.executor.blocking(deleteRequest(assistantId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String assistantId) {
		return this.executor.mono(() -> deleteRequest(assistantId), DeletionStatus.class);
	}

	@Override
	public ListResponse<Assistant> list(ListParams params) {
		return this.executor.blocking(listRequest(params), ASSISTANT_LIST);
	}

	@Override
	public Mono<ListResponse<Assistant>> listAsync(ListParams params) {
		return this.executor.mono(() -> listRequest(params), ASSISTANT_LIST);
	}

	@Override
	public CursorPager<Assistant> listAutoPaging(ListParams params) {
		return CursorPager.of(params, this::listAsync, Assistant::id);
	}

	private static ApiRequest createRequest(AssistantRequest request) {
		Validation.required("request", request);
		Validation.notBlank("model", request.model());
		return AssistantsApi.beta(ApiRequest.post("/assistants"))
			.operation("assistants.create")
			.model(request.model())
			.jsonBody(request)
			.build();
	}

	private static ApiRequest retrieveRequest(String assistantId) {
		return AssistantsApi.beta(ApiRequest.get("/assistants/{assistant_id}", assistantId))
			.operation("assistants.retrieve")
			.build();
	}

	private static ApiRequest modifyRequest(String assistantId, AssistantRequest request) {
		Validation.required("request", request);
		return AssistantsApi.beta(ApiRequest.post("/assistants/{assistant_id}", assistantId))
			.operation("assistants.modify")
			.model(request.model())
			.jsonBody(request)
			.build();
	}

	private static ApiRequest deleteRequest(String assistantId) {
		return AssistantsApi.beta(ApiRequest.delete("/assistants/{assistant_id}", assistantId))
			.operation("assistants.delete")
			.build();
	}

	private static ApiRequest listRequest(ListParams params) {
		Validation.required("params", params);
		return params.applyTo(AssistantsApi.beta(ApiRequest.get("/assistants")))
			.operation("assistants.list")
			.build();
	}

}
