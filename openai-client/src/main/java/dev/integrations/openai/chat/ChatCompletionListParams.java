package dev.integrations.openai.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging of {@code GET /chat/completions}, which lists completions created with {@code store: true}.
 *
 * @param after the ID of the completion to list after
 * @param limit how many completions per page (the API's default is 20)
 * @param order the order by creation time ({@code asc} by default)
 * @param metadata only completions with all these metadata pairs
 * @param model only completions of this model
 */
public record ChatCompletionListParams(@Nullable String after, @Nullable Integer limit, @Nullable SortOrder order,
		@Nullable Map<String, String> metadata, @Nullable String model) implements CursorParams<ChatCompletionListParams> {

	/** No filter, the API's default paging. */
	public static final ChatCompletionListParams DEFAULTS = new ChatCompletionListParams(null, null, null, null, null);

	/**
	 * Checks the values and copies the metadata, keeping its order.
	 */
	public ChatCompletionListParams {
		Validation.range("limit", limit, 1, Integer.MAX_VALUE);
		Validation.metadata("metadata", metadata);
		metadata = (metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(metadata)) : null;
	}

	@Override
	public ChatCompletionListParams withAfter(@Nullable String after) {
		return new ChatCompletionListParams(after, this.limit, this.order, this.metadata, this.model);
	}

}
