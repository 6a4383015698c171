package dev.integrations.openai.errors;

import dev.integrations.openai.common.ModelResponse;
import org.jspecify.annotations.Nullable;

/**
 * The model stopped before finishing the structured output, so the JSON is incomplete: the token limit was reached
 * (chat {@code finish_reason: length}, Responses {@code incomplete_details.reason: max_output_tokens}) or a content
 * filter cut it. Raise the output token limit or ask for less.
 */
public class TruncatedOutputException extends StructuredOutputException {

	private static final long serialVersionUID = 1L;

	private final String reason;

	/**
	 * Creates the exception.
	 * @param reason why the output stopped, as the API says it: {@code length}, {@code max_output_tokens},
	 * {@code content_filter}
	 * @param response the completion or response that carried it, or {@code null}
	 */
	public TruncatedOutputException(String reason, @Nullable ModelResponse response) {
		super("The model's structured output is incomplete (" + reason + ")", response, null);
		this.reason = reason;
	}

	/** @return why the output stopped: {@code length}, {@code max_output_tokens} or {@code content_filter} */
	public String reason() {
		return this.reason;
	}

}
