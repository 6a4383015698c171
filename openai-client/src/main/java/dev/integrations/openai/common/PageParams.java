package dev.integrations.openai.common;

import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.jspecify.annotations.Nullable;

/**
 * The cursor parameters of the list endpoints that take only {@code limit} and {@code after} (batches, fine-tuning
 * job events and checkpoints). Every parameter is optional; {@link #DEFAULTS} sends none.
 *
 * @param limit how many objects to return, at least 1 (the API's default is 20)
 * @param after an object ID: list the objects after it
 */
public record PageParams(@Nullable Integer limit, @Nullable String after) implements CursorParams<PageParams> {

	/** No parameters: the API's defaults. */
	public static final PageParams DEFAULTS = new PageParams(null, null);

	/**
	 * Validates the limit.
	 */
	public PageParams {
		Validation.range("limit", limit, 1, Integer.MAX_VALUE);
	}

	/**
	 * Parameters with a page size only.
	 * @param limit the page size, at least 1
	 * @return the parameters
	 */
	public static PageParams limit(int limit) {
		return new PageParams(limit, null);
	}

	@Override
	public PageParams withAfter(@Nullable String after) {
		return new PageParams(this.limit, after);
	}

	/**
	 * Adds the parameters that are set to a request's query.
	 * @param request the request being built
	 * @return the same builder
	 */
	public ApiRequest.Builder applyTo(ApiRequest.Builder request) {
		return request.query("after", this.after).query("limit", this.limit);
	}

}
