package dev.integrations.openai.assistants;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /threads/{thread_id}/messages}: the shared cursor parameters and the run whose messages to list.
 *
 * @param page the page size (1 to 100, the API's default is 20), the order and the cursors
 * @param runId only the messages of this run, or {@code null} for all
 */
public record MessageListParams(ListParams page, @Nullable String runId)
		implements CursorParams<MessageListParams> {

	/** The API's defaults: no filter. */
	public static final MessageListParams DEFAULTS = new MessageListParams(ListParams.DEFAULTS, null);

	/**
	 * Checks the page.
	 */
	public MessageListParams {
		Validation.required("page", page);
	}

	/**
	 * The given page parameters, with no filter.
	 * @param page the page parameters
	 * @return the parameters
	 */
	public static MessageListParams of(ListParams page) {
		return new MessageListParams(page, null);
	}

	/**
	 * Returns a copy with the run whose messages to list.
	 * @param runId only the messages of this run, or {@code null} for all
	 * @return the parameters
	 */
	public MessageListParams withRunId(@Nullable String runId) {
		return new MessageListParams(this.page, runId);
	}

	@Override
	public @Nullable String after() {
		return this.page.after();
	}

	@Override
	public MessageListParams withAfter(@Nullable String after) {
		return new MessageListParams(this.page.withAfter(after), this.runId);
	}

}
