package dev.integrations.openai.evals;

import java.util.Locale;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.Poller;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/**
 * {@link EvalRunService} over the shared executor.
 */
final class DefaultEvalRunService implements EvalRunService {

	private static final ParameterizedTypeReference<ListResponse<EvalRun>> RUN_LIST = new ParameterizedTypeReference<>() {
	};

	private static final String RUNS = "/evals/{eval_id}/runs";

	private static final String RUN = "/evals/{eval_id}/runs/{run_id}";

	private final ApiExecutor executor;

	private final EvalOutputItemService outputItems;

	DefaultEvalRunService(ApiExecutor executor) {
		this.executor = executor;
		this.outputItems = new DefaultEvalOutputItemService(executor);
	}

	@Override
	public EvalRunService withOptions(RequestOptions options) {
		return new DefaultEvalRunService(this.executor.withOptions(options));
	}

	@Override
	public EvalRun create(String evalId, EvalRunRequest request) {
		return this.executor.blocking(createRequest(evalId, request), EvalRun.class);
	}

	@Override
	public Mono<EvalRun> createAsync(String evalId, EvalRunRequest request) {
		return this.executor.mono(() -> createRequest(evalId, request), EvalRun.class);
	}

	@Override
	public EvalRun retrieve(String evalId, String runId) {
		return this.executor.blocking(runRequest(ApiRequest.get(RUN, evalId, runId), "retrieve"), EvalRun.class);
	}

	@Override
	public Mono<EvalRun> retrieveAsync(String evalId, String runId) {
		return this.executor.mono(() -> runRequest(ApiRequest.get(RUN, evalId, runId), "retrieve"), EvalRun.class);
	}

	@Override
	public EvalRun cancel(String evalId, String runId) {
		return this.executor.blocking(runRequest(ApiRequest.post(RUN, evalId, runId), "cancel"), EvalRun.class);
	}

	@Override
	public Mono<EvalRun> cancelAsync(String evalId, String runId) {
		return this.executor.mono(() -> runRequest(ApiRequest.post(RUN, evalId, runId), "cancel"), EvalRun.class);
	}

	@Override
	public EvalRunDeletion delete(String evalId, String runId) {
		return this.executor.blocking(runRequest(ApiRequest.delete(RUN, evalId, runId), "delete"),
				EvalRunDeletion.class);
	}

	@Override
	public Mono<EvalRunDeletion> deleteAsync(String evalId, String runId) {
		return this.executor.mono(() -> runRequest(ApiRequest.delete(RUN, evalId, runId), "delete"),
				EvalRunDeletion.class);
	}

	@Override
	public ListResponse<EvalRun> list(String evalId, EvalRunListParams params) {
		return this.executor.blocking(listRequest(evalId, params), RUN_LIST);
	}

	@Override
	public Mono<ListResponse<EvalRun>> listAsync(String evalId, EvalRunListParams params) {
		return this.executor.mono(() -> listRequest(evalId, params), RUN_LIST);
	}

	@Override
	public CursorPager<EvalRun> listAutoPaging(String evalId, EvalRunListParams params) {
		return CursorPager.of(params, (page) -> listAsync(evalId, page), EvalRun::id);
	}

	@Override
	public EvalRun awaitCompletion(String evalId, String runId, Poller poller) {
		return poller.pollBlocking(() -> retrieveAsync(evalId, runId), EvalRun::isTerminal,
				DefaultEvalRunService::describe);
	}

	@Override
	public Mono<EvalRun> awaitCompletionAsync(String evalId, String runId, Poller poller) {
		return poller.poll(() -> retrieveAsync(evalId, runId), EvalRun::isTerminal, DefaultEvalRunService::describe);
	}

	@Override
	public EvalOutputItemService outputItems() {
		return this.outputItems;
	}

	private static String describe(EvalRun run) {
		return "eval run " + run.id() + " is still " + run.status().name().toLowerCase(Locale.ROOT);
	}

	private static ApiRequest createRequest(String evalId, EvalRunRequest request) {
		Validation.required("request", request);
		return ApiRequest.post(RUNS, evalId).operation("evals.runs.create").jsonBody(request).build();
	}

	private static ApiRequest runRequest(ApiRequest.Builder request, String verb) {
		return request.operation("evals.runs." + verb).build();
	}

	private static ApiRequest listRequest(String evalId, EvalRunListParams params) {
		Validation.required("params", params);
		return EvalQuery.page(ApiRequest.get(RUNS, evalId), params.after(), params.limit(), params.order(), "status",
				params.status()).operation("evals.runs.list").build();
	}

}
