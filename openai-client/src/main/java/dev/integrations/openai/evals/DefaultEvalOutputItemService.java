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
 * {@link EvalOutputItemService} over the shared executor.
 */
final class DefaultEvalOutputItemService implements EvalOutputItemService {

	private static final ParameterizedTypeReference<ListResponse<EvalOutputItem>> ITEM_LIST = new ParameterizedTypeReference<>() {
	};

	private static final String ITEMS = "/evals/{eval_id}/runs/{run_id}/output_items";

	private static final String ITEM = "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}";

	private final ApiExecutor executor;

	DefaultEvalOutputItemService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public EvalOutputItemService withOptions(RequestOptions options) {
		return new DefaultEvalOutputItemService(this.executor.withOptions(options));
	}

	@Override
	public EvalOutputItem retrieve(String evalId, String runId, String outputItemId) {
		return this.executor.blocking(retrieveRequest(evalId, runId, outputItemId), EvalOutputItem.class);
	}

	@Override
	public Mono<EvalOutputItem> retrieveAsync(String evalId, String runId, String outputItemId) {
		return this.executor.mono(() -> retrieveRequest(evalId, runId, outputItemId), EvalOutputItem.class);
	}

	@Override
	public ListResponse<EvalOutputItem> list(String evalId, String runId, EvalOutputItemListParams params) {
		return this.executor.blocking(listRequest(evalId, runId, params), ITEM_LIST);
	}

	@Override
	public Mono<ListResponse<EvalOutputItem>> listAsync(String evalId, String runId,
			EvalOutputItemListParams params) {
		return this.executor.mono(() -> listRequest(evalId, runId, params), ITEM_LIST);
	}

	@Override
	public CursorPager<EvalOutputItem> listAutoPaging(String evalId, String runId, EvalOutputItemListParams params) {
		return CursorPager.of(params, (page) -> listAsync(evalId, runId, page), EvalOutputItem::id);
	}

	private static ApiRequest retrieveRequest(String evalId, String runId, String outputItemId) {
		return ApiRequest.get(ITEM, evalId, runId, outputItemId)
			.operation("evals.runs.output_items.retrieve")
			.build();
	}

	private static ApiRequest listRequest(String evalId, String runId, EvalOutputItemListParams params) {
		Validation.required("params", params);
		return EvalQuery.page(ApiRequest.get(ITEMS, evalId, runId), params.after(), params.limit(), params.order(),
				"status", params.status()).operation("evals.runs.output_items.list").build();
	}

}
