package dev.integrations.openai.responses;

import java.util.List;

import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /responses/{response_id}/input_items}.
 *
 * @param after the item ID to list after (the cursor)
 * @param limit how many items per page, 1 to 100 (the API's default is 20)
 * @param order the order: {@code asc} or {@code desc} (the API's default)
 * @param include extra data to include, see {@link ResponseInclude}
 */
public record InputItemListParams(@Nullable String after, @Nullable Integer limit, @Nullable SortOrder order,
		@Nullable List<String> include) {

	/** The API's defaults. */
	public static final InputItemListParams DEFAULTS = new InputItemListParams(null, null, null, null);

	/**
	 * Checks the limit.
	 */
	public InputItemListParams {
		Validation.range("limit", limit, 1, 100);
		include = (include != null) ? List.copyOf(include) : null;
	}

	/**
	 * The first page in an order, with a page size.
	 * @param order the order
	 * @param limit the page size, 1 to 100
	 * @return the parameters
	 */
	public static InputItemListParams of(SortOrder order, int limit) {
		return new InputItemListParams(null, limit, order, null);
	}

	/**
	 * Returns a copy starting after a cursor.
	 * @param after the item ID to list after, or {@code null} for the first page
	 * @return the parameters
	 */
	public InputItemListParams withAfter(@Nullable String after) {
		return new InputItemListParams(after, this.limit, this.order, this.include);
	}

}
