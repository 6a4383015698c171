package dev.integrations.openai.files;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Query parameters of {@code GET /files}; every one is optional.
 *
 * @param purpose only files with this purpose
 * @param limit page size, 1 to 10,000 (the API's default is 10,000)
 * @param order sort order by {@code created_at} (the API's default is {@code desc})
 * @param after the ID of the file to list after (the cursor)
 */
public record FileListParams(@Nullable String purpose, @Nullable Integer limit, @Nullable SortOrder order,
		@Nullable String after) implements CursorParams<FileListParams> {

	/** No filter: the API's defaults. */
	public static final FileListParams DEFAULTS = new FileListParams(null, null, null, null);

	/**
	 * Validates the parameters.
	 */
	public FileListParams {
		Validation.range("limit", limit, 1, 10000);
	}

	/**
	 * The same parameters with a purpose filter.
	 * @param purpose the purpose
	 * @return new parameters
	 */
	public FileListParams withPurpose(String purpose) {
		return new FileListParams(purpose, this.limit, this.order, this.after);
	}

	/**
	 * The same parameters with a page size.
	 * @param limit 1 to 10,000
	 * @return new parameters
	 */
	public FileListParams withLimit(int limit) {
		return new FileListParams(this.purpose, limit, this.order, this.after);
	}

	/**
	 * The same parameters with a sort order.
	 * @param order the order
	 * @return new parameters
	 */
	public FileListParams withOrder(SortOrder order) {
		return new FileListParams(this.purpose, this.limit, order, this.after);
	}

	@Override
	public FileListParams withAfter(@Nullable String after) {
		return new FileListParams(this.purpose, this.limit, this.order, after);
	}

}
