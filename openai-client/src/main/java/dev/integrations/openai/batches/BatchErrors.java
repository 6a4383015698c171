package dev.integrations.openai.batches;

import java.util.List;

import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * The validation errors of a batch: {@code {"object": "list", "data": [...]}}.
 *
 * @param object always {@code list}
 * @param data the errors
 */
public record BatchErrors(@Nullable String object, List<BatchError> data) {

	/**
	 * Normalizes a missing {@code data} array to an empty list.
	 */
	public BatchErrors {
		data = WireLists.copyOf(data);
	}

}
