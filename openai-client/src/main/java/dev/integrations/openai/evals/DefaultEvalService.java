package dev.integrations.openai.evals;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/**
 * {@link EvalService} over the shared executor.
 */
final class DefaultEvalService implements EvalService {

	private static final ParameterizedTypeReference<ListResponse<Eval>> EVAL_LIST = new ParameterizedTypeReference<>() {
	};

	private static final String EVAL = "/evals/{eval_id}";

	private final ApiExecutor executor;

	private final EvalRunService runs;

	DefaultEvalService(ApiExecutor executor) {
		this.executor = executor;
		this.runs = new DefaultEvalRunService(executor);
	}

	@Override
	public EvalService withOptions(RequestOptions options) {
		return new DefaultEvalService(this.executor.withOptions(options));
	}

	@Override
	public Eval create(EvalRequest request) {
		return this.executor.blocking(createRequest(request), Eval.class);
	}

	@Override
	public Mono<Eval> createAsync(EvalRequest request) {
		return this.executor.mono(() -> createRequest(request), Eval.class);
	}

	@Override
	public Eval retrieve(String evalId) {
		return this.executor.blocking(retrieveRequest(evalId), Eval.class);
	}

	@Override
	public Mono<Eval> retrieveAsync(String evalId) {
		return this.executor.mono(() -> retrieveRequest(evalId), Eval.class);
	}

	@Override
	public Eval update(String evalId, EvalUpdateRequest request) {
		return this.executor.blocking(updateRequest(evalId, request), Eval.class);
	}

	@Override
	public Mono<Eval> updateAsync(String evalId, EvalUpdateRequest request) {
		return this.executor.mono(() -> updateRequest(evalId, request), Eval.class);
	}

	@Override
	public EvalDeletion delete(String evalId) {
		return this.executor.blocking(deleteRequest(evalId), EvalDeletion.class);
	}

	@Override
	public Mono<EvalDeletion> deleteAsync(String evalId) {
		return this.executor.mono(() -> deleteRequest(evalId), EvalDeletion.class);
	}

	@Override
	public ListResponse<Eval> list(EvalListParams params) {
		return this.executor.blocking(listRequest(params), EVAL_LIST);
	}

	@Override
	public Mono<ListResponse<Eval>> listAsync(EvalListParams params) {
		return this.executor.mono(() -> listRequest(params), EVAL_LIST);
	}

	@Override
	public CursorPager<Eval> listAutoPaging(EvalListParams params) {
		return CursorPager.of(params, this::listAsync, Eval::id);
	}

	@Override
	public EvalRunService runs() {
		return this.runs;
	}

	private static ApiRequest createRequest(EvalRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/evals").operation("evals.create").jsonBody(request).build();
	}

	private static ApiRequest retrieveRequest(String evalId) {
		return ApiRequest.get(EVAL, evalId).operation("evals.retrieve").build();
	}

	private static ApiRequest updateRequest(String evalId, EvalUpdateRequest request) {
		Validation.required("request", request);
		return ApiRequest.post(EVAL, evalId).operation("evals.update").jsonBody(request).build();
	}

	private static ApiRequest deleteRequest(String evalId) {
		return ApiRequest.delete(EVAL, evalId).operation("evals.delete").build();
	}

	private static ApiRequest listRequest(EvalListParams params) {
		Validation.required("params", params);
		return EvalQuery.page(ApiRequest.get("/evals"), params.after(), params.limit(), params.order(), "order_by",
				params.orderBy()).operation("evals.list").build();
	}

}
