package dev.integrations.openai.chatkit;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /chatkit/threads}: the shared cursor parameters and the end user whose threads to list.
 *
 * @param page the page size (1 to 100, the API's default is 20), the order ({@code desc} by default) and the cursors
 * @param user only the threads of this end user (1 to 512 characters), or {@code null} for every user's
 */
public record ChatKitThreadListParams(ListParams page, @Nullable String user)
		implements CursorParams<ChatKitThreadListParams> {

	/** The API's defaults: no filter. */
	public static final ChatKitThreadListParams DEFAULTS = new ChatKitThreadListParams(ListParams.DEFAULTS, null);

	/**
	 * Checks the page and the user's length.
	 */
	public ChatKitThreadListParams {
		Validation.required("page", page);
		if (user != null && (user.isEmpty() || user.length() > 512)) {
			throw new OpenAIValidationException("user", "user must be 1 to 512 characters, had " + user.length());
		}
	}

	/**
	 * The given page parameters, with no filter.
	 * @param page the page parameters
	 * @return the parameters
	 */
	public static ChatKitThreadListParams of(ListParams page) {
		return new ChatKitThreadListParams(page, null);
	}

	/**
	 * Returns a copy listing only one end user's threads.
	 * @param user the user identifier the sessions were created with, or {@code null} for every user's
	 * @return the parameters
	 */
	public ChatKitThreadListParams withUser(@Nullable String user) {
		return new ChatKitThreadListParams(this.page, user);
	}

	@Override
	public @Nullable String after() {
		return this.page.after();
	}

	@Override
	public ChatKitThreadListParams withAfter(@Nullable String after) {
		return new ChatKitThreadListParams(this.page.withAfter(after), this.user);
	}

}
