package dev.integrations.openai.common;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of one list operation. Every list method takes exactly one, as its last argument (after the IDs
 * in the path): the shared {@link ListParams} when the endpoint takes only {@code limit}, {@code order},
 * {@code after} and {@code before}, {@link PageParams} when it takes only {@code limit} and {@code after}, and a
 * record of its own ({@code XxxListParams}) when it has filters. Each has a {@code DEFAULTS} constant that sends
 * nothing, and the pagers move through the pages with {@link #withAfter}.
 *
 * @param <P> the parameters type itself
 */
public interface CursorParams<P extends CursorParams<P>> {

	/**
	 * The cursor this page starts after.
	 * @return an object ID, or {@code null} for the first page
	 */
	@Nullable String after();

	/**
	 * A copy that starts after another cursor; the pagers use it to fetch the next page.
	 * @param after the cursor, or {@code null}
	 * @return the copy
	 */
	P withAfter(@Nullable String after);

}
