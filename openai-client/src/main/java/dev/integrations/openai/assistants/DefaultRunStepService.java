package dev.integrations.openai.assistants;

import java.util.List;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/**
 * {@link RunStepService} over the shared executor.
 */
@Deprecated
final class DefaultRunStepService implements RunStepService {

	private static final ParameterizedTypeReference<ListResponse<RunStep>> STEP_LIST = new ParameterizedTypeReference<>() {
	};

	private final ApiExecutor executor;

	DefaultRunStepService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public RunStepService withOptions(RequestOptions options) {
		return new DefaultRunStepService(this.executor.withOptions(options));
	}

	@Override
	public ListResponse<RunStep> list(String threadId, String runId, RunStepListParams params) {
		return this.executor.blocking(listRequest(threadId, runId, params), STEP_LIST);
	}

	@Override
	public Mono<ListResponse<RunStep>> listAsync(String threadId, String runId, RunStepListParams params) {
		return this.executor.mono(() -> listRequest(threadId, runId, params), STEP_LIST);
	}

	@Override
	public CursorPager<RunStep> listAutoPaging(String threadId, String runId, RunStepListParams params) {
		return CursorPager.of(params, (page) -> listAsync(threadId, runId, page), RunStep::id);
	}

	@Override
	public RunStep retrieve(String threadId, String runId, String stepId, List<String> include) {
		return this.executor.blocking(retrieveRequest(threadId, runId, stepId, include), RunStep.class);
	}

	@Override
	public Mono<RunStep> retrieveAsync(String threadId, String runId, String stepId, List<String> include) {
		return this.executor.mono(() -> retrieveRequest(threadId, runId, stepId, include), RunStep.class);
	}

	private static ApiRequest listRequest(String threadId, String runId, RunStepListParams params) {
		Validation.required("params", params);
		ApiRequest.Builder request = params.page()
			.applyTo(AssistantsApi.beta(ApiRequest.get("/threads/{thread_id}/runs/{run_id}/steps", threadId, runId)));
		return AssistantsApi.include(request, params.include()).operation("threads.runs.steps.list").build();
	}

	private static ApiRequest retrieveRequest(String threadId, String runId, String stepId, List<String> include) {
		ApiRequest.Builder request = AssistantsApi
			.beta(ApiRequest.get("/threads/{thread_id}/runs/{run_id}/steps/{step_id}", threadId, runId, stepId));
		return AssistantsApi.include(request, include).operation("threads.runs.steps.retrieve").build();
	}

}
