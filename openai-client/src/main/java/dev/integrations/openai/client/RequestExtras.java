package dev.integrations.openai.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.integrations.openai.transport.ApiRequest;
import dev.integrations.openai.transport.OpenAIJson;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fields, query parameters and headers merged into every request, for what a server accepts beyond OpenAI's API
 * (vLLM's {@code top_k} or {@code chat_template_kwargs}, Ollama's {@code keep_alive}); a request customizer of the
 * client builder. Extra body fields go into JSON bodies only and win over the request's own fields of the same name;
 * extra query parameters and headers are added to every request.
 */
public final class RequestExtras implements UnaryOperator<ApiRequest> {

	private final Map<String, JsonNode> body;

	private final Map<String, String> query;

	private final Map<String, String> headers;

	private final JsonMapper mapper;

	private RequestExtras(Map<String, JsonNode> body, Map<String, String> query, Map<String, String> headers,
			JsonMapper mapper) {
		this.body = body;
		this.query = query;
		this.headers = headers;
		this.mapper = mapper;
	}

	/**
	 * Creates the extras, written with the wire mapper {@link OpenAIJson#mapper()}.
	 * @param body body fields: each value is written as JSON ({@code Map}, {@code List}, numbers, strings,
	 * {@link JsonNode})
	 * @param query query parameters
	 * @param headers headers
	 * @return the extras
	 */
	public static RequestExtras of(Map<String, ?> body, Map<String, String> query, Map<String, String> headers) {
		JsonMapper mapper = OpenAIJson.mapper();
		Map<String, JsonNode> fields = new LinkedHashMap<>();
		body.forEach((name, value) -> fields.put(name, mapper.valueToTree(value)));
		return new RequestExtras(Map.copyOf(fields), Map.copyOf(query), Map.copyOf(headers), mapper);
	}

	/** @return whether there is nothing to merge */
	public boolean isEmpty() {
		return this.body.isEmpty() && this.query.isEmpty() && this.headers.isEmpty();
	}

	@Override
	public ApiRequest apply(ApiRequest request) {
		if (isEmpty()) {
			return request;
		}
		ApiRequest.Builder builder = request.toBuilder();
		this.query.forEach(builder::query);
		this.headers.forEach(builder::header);
		Object original = request.body();
		if (!this.body.isEmpty() && original != null && MediaType.APPLICATION_JSON.equals(request.contentType())) {
			JsonNode tree = this.mapper.valueToTree(original);
			if (tree instanceof ObjectNode object) {
				this.body.forEach(object::set);
				builder.jsonBody(object);
			}
		}
		return builder.build();
	}

	@Override
	public String toString() {
		return "RequestExtras[body=" + this.body.keySet() + ", query=" + this.query.keySet() + ", headers="
				+ this.headers.keySet() + "]";
	}

}
