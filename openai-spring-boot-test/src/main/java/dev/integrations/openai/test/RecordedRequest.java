package dev.integrations.openai.test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One request the {@link MockOpenAI} received, as it came over the wire.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param path the path without the query, such as {@code /v1/chat/completions}
 * @param headers the headers, names in lower case
 * @param body the body bytes (empty when there was none)
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers, byte[] body) {

	/**
	 * Copies the headers and the body.
	 */
	public RecordedRequest {
		headers = Map.copyOf(headers);
		body = body.clone();
	}

	/** @return a copy of the body bytes */
	@Override
	public byte[] body() {
		return this.body.clone();
	}

	/** @return the body as UTF-8 text */
	public String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/**
	 * The first value of a header.
	 * @param name the header name, in any case
	 * @return the value, or {@code null} when the request had no such header
	 */
	public @Nullable String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/** @return the JSON body as a tree (a missing node when the body is empty) */
	public JsonNode json() {
		return (this.body.length == 0) ? OpenAIJson.mapper().missingNode() : OpenAIJson.mapper().readTree(this.body);
	}

	/**
	 * Parses the JSON body into the client's own request type, with its wire conventions (snake_case), reading its
	 * request unions too (message content, {@code stop}, {@code tool_choice}, embedding {@code input}).
	 * @param <T> the type
	 * @param type the type, such as {@code ChatCompletionRequest.class}
	 * @return the parsed body
	 */
	public <T> T bodyAs(Class<T> type) {
		return WireRequests.read(this.body, type);
	}

	/** @return the method and path, without headers or body (which may hold secrets) */
	@Override
	public String toString() {
		return this.method + " " + this.path;
	}

}
