package dev.integrations.openai.internal;

import java.util.Map;

import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts the {@link RequestOptions#bodyProperties() body properties} of per-request options into a request's body: into
 * a JSON object beside its own fields (replacing those of the same name), or as text fields after a multipart form's
 * own parts. Other bodies, and requests without one, are left as they are.
 */
final class BodyProperties {

	private BodyProperties() {
	}

	@SuppressWarnings("unchecked")
	static ApiRequest merge(ApiRequest request, Map<String, Object> properties, JsonMapper mapper) {
		Object body = request.body();
		if (properties.isEmpty() || body == null) {
			return request;
		}
		if (MediaType.APPLICATION_JSON.equals(request.contentType())
				&& mapper.valueToTree(body) instanceof ObjectNode object) {
			properties.forEach((name, value) -> object.set(name, mapper.<JsonNode>valueToTree(value)));
			return request.toBuilder().jsonBody(object).build();
		}
		if (body instanceof MultiValueMap<?, ?> parts) {
			MultiValueMap<String, HttpEntity<?>> merged = new LinkedMultiValueMap<>(
					(MultiValueMap<String, HttpEntity<?>>) parts);
			new MultipartForm(mapper).fields(properties).build().forEach(merged::addAll);
			return request.toBuilder().multipartBody(merged).build();
		}
		return request;
	}

}
