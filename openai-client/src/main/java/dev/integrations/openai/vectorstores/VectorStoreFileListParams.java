package dev.integrations.openai.vectorstores;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /vector_stores/{vector_store_id}/files} and of a file batch's files: the shared cursor
 * parameters and the status of the files to list.
 *
 * @param page the page size (1 to 100, the API's default is 20), the order and the cursors
 * @param filter only files in this status, or {@code null} for all
 */
public record VectorStoreFileListParams(ListParams page, @Nullable FileStatus filter)
		implements CursorParams<VectorStoreFileListParams> {

	/** The API's defaults: no filter. */
	public static final VectorStoreFileListParams DEFAULTS = new VectorStoreFileListParams(ListParams.DEFAULTS, null);

	/**
	 * Checks the page.
	 */
	public VectorStoreFileListParams {
		Validation.required("page", page);
	}

	/**
	 * The given page parameters, with no filter.
	 * @param page the page parameters
	 * @return the parameters
	 */
	public static VectorStoreFileListParams of(ListParams page) {
		return new VectorStoreFileListParams(page, null);
	}

	/**
	 * Returns a copy with the status of the files to list.
	 * @param filter only files in this status, or {@code null} for all
	 * @return the parameters
	 */
	public VectorStoreFileListParams withFilter(@Nullable FileStatus filter) {
		return new VectorStoreFileListParams(this.page, filter);
	}

	@Override
	public @Nullable String after() {
		return this.page.after();
	}

	@Override
	public VectorStoreFileListParams withAfter(@Nullable String after) {
		return new VectorStoreFileListParams(this.page.withAfter(after), this.filter);
	}

}
