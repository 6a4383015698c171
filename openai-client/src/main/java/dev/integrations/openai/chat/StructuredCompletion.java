package dev.integrations.openai.chat;

import dev.integrations.openai.internal.Validation;

/**
 * A completion whose first choice was read as a Java type (Structured Outputs): the value, and the completion it came
 * from for its usage, model and ID. Returned by {@link ChatCompletionService#create(ChatCompletionRequest, Class)}.
 *
 * @param <T> the type of the value
 * @param value the content of the first choice, read as the type
 * @param completion the whole completion
 */
public record StructuredCompletion<T>(T value, ChatCompletion completion) {

	/**
	 * Checks the components.
	 */
	public StructuredCompletion {
		Validation.required("value", value);
		Validation.required("completion", completion);
	}

	/**
	 * Reads a completion's first choice as a type.
	 * @param <T> the type
	 * @param completion the completion
	 * @param type the type
	 * @return the value with its completion
	 * @throws dev.integrations.openai.errors.StructuredOutputException on a refusal, a truncated or unreadable reply
	 */
	static <T> StructuredCompletion<T> of(ChatCompletion completion, Class<T> type) {
		return new StructuredCompletion<>(completion.contentAs(type), completion);
	}

	/**
	 * The request with a strict {@code json_schema} response format generated from the type, replacing any format
	 * the request had.
	 */
	static ChatCompletionRequest requestFor(ChatCompletionRequest request, Class<?> type) {
		Validation.required("request", request);
		return request.toBuilder().responseFormat(ResponseFormat.jsonSchema(type)).build();
	}

}
