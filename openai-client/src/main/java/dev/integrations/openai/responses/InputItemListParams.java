package dev.integrations.openai.responses;

import java.util.List;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /responses/{response_id}/input_items}: the shared cursor parameters (this endpoint takes
 * {@code limit}, {@code order} and {@code after}, not {@code before}) and the extra data to include.
 *
 * @param page the page size (1 to 100, the API's default is 20), the order ({@code desc} by default) and the item
 * ID to list after
 * @param include extra data to include, see {@link ResponseInclude}
 */
public record InputItemListParams(ListParams page, @Nullable List<String> include)
		implements CursorParams<InputItemListParams> {

	/** The API's defaults. */
	public static final InputItemListParams DEFAULTS = new InputItemListParams(ListParams.DEFAULTS, null);

	/**
	 * Checks the page and copies the includes.
	 */
	public InputItemListParams {
		Validation.required("page", page);
		if (page.before() != null) {
			throw new OpenAIValidationException("before", "before is not supported when listing input items");
		}
		include = (include != null) ? List.copyOf(include) : null;
	}

	/**
	 * The first page in an order, with a page size.
	 * @param order the order
	 * @param limit the page size, 1 to 100
	 * @return the parameters
	 */
	public static InputItemListParams of(SortOrder order, int limit) {
		return new InputItemListParams(ListParams.limit(limit).withOrder(order), null);
	}

	/**
	 * Returns a copy that also includes extra data.
	 * @param include extra data to include, see {@link ResponseInclude}
	 * @return the parameters
	 */
	public InputItemListParams withInclude(List<String> include) {
		return new InputItemListParams(this.page, include);
	}

	@Override
	public @Nullable String after() {
		return this.page.after();
	}

	@Override
	public InputItemListParams withAfter(@Nullable String after) {
		return new InputItemListParams(this.page.withAfter(after), this.include);
	}

	/**
	 * Adds the parameters that are set to a request's query ({@code include[]} once per value).
	 * @param request the request being built
	 * @return the same builder
	 */
	ApiRequest.Builder applyTo(ApiRequest.Builder request) {
		this.page.applyTo(request);
		if (this.include != null) {
			this.include.forEach((value) -> request.query("include[]", value));
		}
		return request;
	}

}
