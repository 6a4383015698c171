package dev.integrations.openai.errors;

import dev.integrations.openai.common.ModelResponse;
import org.jspecify.annotations.Nullable;

/**
 * A reply meant to be read as a Java type (Structured Outputs, tool arguments) could not be: the model refused
 * ({@link RefusalException}), stopped early ({@link TruncatedOutputException}), or wrote JSON that does not fit the
 * type ({@link OutputParseException}). The call itself succeeded and was paid for; {@link #response()} keeps it.
 */
public abstract class StructuredOutputException extends OpenAIResponseException {

	private static final long serialVersionUID = 1L;

	private final transient @Nullable ModelResponse response;

	/**
	 * Creates the exception.
	 * @param message what was wrong with the reply
	 * @param response the completion or response that carried the reply, or {@code null}
	 * @param cause the parse failure, or {@code null}
	 */
	protected StructuredOutputException(String message, @Nullable ModelResponse response,
			@Nullable Throwable cause) {
		super(message, cause);
		this.response = response;
	}

	/**
	 * The completion or response that carried the reply (usage, model, ID), such as a
	 * {@code dev.integrations.openai.chat.ChatCompletion}; {@code null} when the reply was read on its own (tool
	 * arguments) or after the exception was serialized.
	 * @return the model response, or {@code null}
	 */
	public @Nullable ModelResponse response() {
		return this.response;
	}

}
