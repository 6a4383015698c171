package dev.integrations.openai.evals;

import java.util.Locale;

import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.transport.ApiRequest;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters the eval lists share: {@code after}, {@code limit}, {@code order} and one enum filter.
 */
final class EvalQuery {

	private EvalQuery() {
	}

	static ApiRequest.Builder page(ApiRequest.Builder request, @Nullable String after, @Nullable Integer limit,
			@Nullable SortOrder order, String filter, @Nullable Enum<?> value) {
		return request.query("after", after)
			.query("limit", limit)
			.query("order", (order != null) ? order.wireValue() : null)
			.query(filter, (value != null) ? value.name().toLowerCase(Locale.ROOT) : null);
	}

}
