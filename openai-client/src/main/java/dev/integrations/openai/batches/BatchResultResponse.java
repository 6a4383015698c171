package dev.integrations.openai.batches;

import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP response one request of a batch received.
 *
 * @param statusCode the HTTP status, such as 200 or 400
 * @param requestId the ID of the request, for support
 * @param body the JSON body: the endpoint's response (such as a chat completion), or {@code {"error": {...}}}
 */
public record BatchResultResponse(int statusCode, @Nullable String requestId, @Nullable JsonNode body) {

	/** @return whether the status is 2xx */
	public boolean isSuccessful() {
		return this.statusCode >= 200 && this.statusCode < 300;
	}

	/**
	 * Decodes the body with the client's wire conventions.
	 * @param <T> the body type
	 * @param type the class of the endpoint's response, such as a chat completion
	 * @return the decoded body
	 * @throws OpenAIResponseException if the body does not fit the type
	 * @throws IllegalStateException if there is no body
	 */
	public <T> T body(Class<T> type) {
		JsonNode json = requireBody();
		try {
			return OpenAIJson.mapper().treeToValue(json, type);
		}
		catch (JacksonException ex) {
			throw new OpenAIResponseException("Batch result body of request " + this.requestId
					+ " is not a " + type.getSimpleName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Decodes the body into a generic type with the client's wire conventions.
	 * @param <T> the body type
	 * @param type the type of the endpoint's response
	 * @return the decoded body
	 * @throws OpenAIResponseException if the body does not fit the type
	 * @throws IllegalStateException if there is no body
	 */
	public <T> T body(TypeReference<T> type) {
		JsonNode json = requireBody();
		try {
			return OpenAIJson.mapper().readerFor(type).readValue(json);
		}
		catch (JacksonException ex) {
			throw new OpenAIResponseException("Batch result body of request " + this.requestId
					+ " does not fit " + type.getType() + ": " + ex.getOriginalMessage(), ex);
		}
	}

	private JsonNode requireBody() {
		if (this.body == null || this.body.isNull() || this.body.isMissingNode()) {
			throw new IllegalStateException("Batch result of request " + this.requestId + " has no body");
		}
		return this.body;
	}

}
