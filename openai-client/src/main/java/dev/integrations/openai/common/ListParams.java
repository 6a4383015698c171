package dev.integrations.openai.common;

import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.jspecify.annotations.Nullable;

/**
 * The cursor parameters shared by the list endpoints: {@code limit}, {@code order}, {@code after} and
 * {@code before}. Every parameter is optional; {@link #DEFAULTS} sends none and lets the API choose.
 *
 * @param limit how many objects to return, 1 to 100 (the API's default is 20)
 * @param order the sort order by {@code created_at}
 * @param after an object ID: list the objects after it
 * @param before an object ID: list the objects before it
 */
public record ListParams(@Nullable Integer limit, @Nullable SortOrder order, @Nullable String after,
		@Nullable String before) implements CursorParams<ListParams> {

	/** No parameters: the API's defaults. */
	public static final ListParams DEFAULTS = new ListParams(null, null, null, null);

	/**
	 * Validates the limit.
	 */
	public ListParams {
		Validation.range("limit", limit, 1, 100);
	}

	/**
	 * Parameters with a page size only.
	 * @param limit the page size, 1 to 100
	 * @return the parameters
	 */
	public static ListParams limit(int limit) {
		return new ListParams(limit, null, null, null);
	}

	/**
	 * A copy with another sort order.
	 * @param order the order
	 * @return the copy
	 */
	public ListParams withOrder(@Nullable SortOrder order) {
		return new ListParams(this.limit, order, this.after, this.before);
	}

	@Override
	public ListParams withAfter(@Nullable String after) {
		return new ListParams(this.limit, this.order, after, this.before);
	}

	/**
	 * A copy that ends before another cursor.
	 * @param before the cursor, or {@code null}
	 * @return the copy
	 */
	public ListParams withBefore(@Nullable String before) {
		return new ListParams(this.limit, this.order, this.after, before);
	}

	/**
	 * Adds the parameters that are set to a request's query.
	 * @param request the request being built
	 * @return the same builder
	 */
	public ApiRequest.Builder applyTo(ApiRequest.Builder request) {
		return request.query("limit", this.limit)
			.query("order", (this.order != null) ? this.order.wireValue() : null)
			.query("after", this.after)
			.query("before", this.before);
	}

}
