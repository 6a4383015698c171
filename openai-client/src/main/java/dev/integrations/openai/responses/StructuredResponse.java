package dev.integrations.openai.responses;

import dev.integrations.openai.errors.RefusalException;
import dev.integrations.openai.errors.TruncatedOutputException;
import dev.integrations.openai.internal.UserJson;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.schema.JsonSchemas;

/**
 * A response whose output text was read as a Java type (Structured Outputs): the value, and the response it came
 * from for its usage, model and ID. Returned by {@link ResponseService#create(ResponseRequest, Class)}.
 *
 * @param <T> the type of the value
 * @param value the output text, read as the type
 * @param response the whole response
 */
public record StructuredResponse<T>(T value, Response response) {

	/**
	 * Checks the components.
	 */
	public StructuredResponse {
		Validation.required("value", value);
		Validation.required("response", response);
	}

	/**
	 * Reads a response's output as a type.
	 * @param <T> the type
	 * @param response the response
	 * @param type the type
	 * @return the value with its response
	 */
	static <T> StructuredResponse<T> of(Response response, Class<T> type) {
		return new StructuredResponse<>(read(response, type), response);
	}

	/** The rules of {@link Response#outputAs(Class)}. */
	static <T> T read(Response response, Class<T> type) {
		Validation.required("type", type);
		if (response.status() == ResponseStatus.INCOMPLETE) {
			throw new TruncatedOutputException((response.incompleteDetails() != null)
					? response.incompleteDetails().reason() : "incomplete", response);
		}
		for (ResponseItem.Message message : response.messages()) {
			for (ContentPart part : message.content()) {
				if (part instanceof ContentPart.Refusal refusal) {
					throw new RefusalException(refusal.refusal(), response);
				}
			}
		}
		return UserJson.read(response.outputText(), type, null, response);
	}

	/**
	 * The request with a strict {@code json_schema} {@code text.format} generated from the type, replacing any format
	 * the request had and keeping its verbosity.
	 */
	static ResponseRequest requestFor(ResponseRequest request, Class<?> type) {
		Validation.required("request", request);
		return request.toBuilder()
			.textFormat(TextFormat.jsonSchema(JsonSchemas.nameOf(type), JsonSchemas.of(type), true))
			.build();
	}

}
