package dev.integrations.openai.common;

import java.util.List;

import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * The list envelope of the API: {@code {"object": "list", "data": [...], "first_id", "last_id", "has_more"}}.
 *
 * @param <T> the element type
 * @param object always {@code list}
 * @param data the elements of this page
 * @param firstId the ID of the first element, when the endpoint pages
 * @param lastId the ID of the last element, the cursor for the next page
 * @param hasMore whether another page follows
 */
public record ListResponse<T>(String object, List<T> data, @Nullable String firstId, @Nullable String lastId,
		boolean hasMore) {

	/**
	 * Normalizes a missing {@code data} array to an empty list.
	 */
	public ListResponse {
		data = WireLists.copyOf(data);
	}

}
