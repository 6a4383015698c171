package dev.integrations.openai.transport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.errors.OpenAIResponseException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the 2xx body of a unary call is read as: the decoded type, text, bytes, a bodiless deletion; or the typed
 * error of a body the client cannot read (left encoded, empty, not JSON).
 */
final class ResponseBodies {

	/** How much of a body the client cannot read it keeps for the error message. */
	static final int EXCERPT_BYTES = 1024;

	private final JsonMapper mapper;

	private final ErrorMapper errorMapper;

	ResponseBodies(JsonMapper mapper, ErrorMapper errorMapper) {
		this.mapper = mapper;
		this.errorMapper = errorMapper;
	}

	/**
	 * Decodes a 2xx body. A body the connector left encoded is an error; an empty body is one too, except for a
	 * deletion, which some routes ({@code DELETE /responses/{id}}) confirm with no body at all. A body that is no
	 * JSON and whose content type is none either (an HTML page from a captive portal) fails naming the status, the
	 * content type and an excerpt.
	 */
	@SuppressWarnings("unchecked")
	<T> T decode(ResponseEntity<byte[]> entity, ApiRequest request, JavaType type) {
		String encoding = undecodedEncoding(entity.getHeaders());
		if (encoding != null) {
			throw this.errorMapper.undecodedEncoding(entity.getStatusCode().value(), encoding);
		}
		byte[] body = entity.getBody();
		if (type.getRawClass() == String.class) {
			return (T) ((body != null) ? new String(body, StandardCharsets.UTF_8) : "");
		}
		if (type.getRawClass() == byte[].class) {
			return (T) ((body != null) ? body : new byte[0]);
		}
		if (body == null || body.length == 0) {
			if (request.method() == HttpMethod.DELETE && type.getRawClass() == DeletionStatus.class) {
				return (T) DeletionStatus.withoutBody(lastSegment(request.path()));
			}
			throw new OpenAIResponseException(
					"Empty response body where " + type.getRawClass().getSimpleName() + " was expected", null);
		}
		try {
			return this.mapper.readValue(body, type);
		}
		catch (JacksonException ex) {
			MediaType contentType = entity.getHeaders().getContentType();
			if (contentType == null || MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
					|| contentType.getSubtype().endsWith("+json")) {
				throw ex;
			}
			throw this.errorMapper.notJson(entity.getStatusCode().value(), contentType,
					Arrays.copyOf(body, Math.min(body.length, EXCERPT_BYTES)));
		}
	}

	private static String lastSegment(String path) {
		return UriUtils.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
	}

	/** The {@code Content-Encoding} of a body left encoded, or {@code null}. */
	static @Nullable String undecodedEncoding(HttpHeaders headers) {
		String encoding = headers.getFirst(HttpHeaders.CONTENT_ENCODING);
		return (encoding == null || encoding.isBlank() || "identity".equalsIgnoreCase(encoding.trim())) ? null
				: encoding;
	}

}
