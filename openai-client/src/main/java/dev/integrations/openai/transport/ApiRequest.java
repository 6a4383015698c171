package dev.integrations.openai.transport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.integrations.openai.common.RequestOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.CollectionUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One API call as the services describe it: method, path relative to the base URL, query, extra headers, body,
 * and the names monitoring needs ({@link #operation()}, {@link #model()}). Immutable; build with
 * {@link #get(String, Object...)}, {@link #post(String, Object...)} or {@link #delete(String, Object...)}.
 */
public final class ApiRequest {

	private static final MultiValueMap<String, String> NO_QUERY = CollectionUtils
		.unmodifiableMultiValueMap(new LinkedMultiValueMap<>());

	private static final HttpHeaders NO_HEADERS = HttpHeaders.readOnlyHttpHeaders(new HttpHeaders());

	private final HttpMethod method;

	private final String path;

	private final MultiValueMap<String, String> query;

	private final HttpHeaders headers;

	private final @Nullable Object body;

	private final MediaType contentType;

	private final String operation;

	private final @Nullable String model;

	private final @Nullable Duration timeout;

	private final int retryCount;

	private ApiRequest(Builder builder) {
		this.method = builder.method;
		this.path = builder.path;
		this.query = builder.query.isEmpty() ? NO_QUERY
				: CollectionUtils.unmodifiableMultiValueMap(new LinkedMultiValueMap<>(builder.query));
		this.headers = builder.headers.isEmpty() ? NO_HEADERS
				: HttpHeaders.readOnlyHttpHeaders(HttpHeaders.copyOf(builder.headers));
		this.body = builder.body;
		this.contentType = builder.contentType;
		this.operation = (builder.operation != null) ? builder.operation
				: builder.method.name().toLowerCase(java.util.Locale.ROOT) + " " + builder.path;
		this.model = builder.model;
		this.timeout = builder.timeout;
		this.retryCount = 0;
	}

	private ApiRequest(ApiRequest request, int retryCount) {
		this.method = request.method;
		this.path = request.path;
		this.query = request.query;
		this.headers = request.headers;
		this.body = request.body;
		this.contentType = request.contentType;
		this.operation = request.operation;
		this.model = request.model;
		this.timeout = request.timeout;
		this.retryCount = retryCount;
	}

	private ApiRequest(ApiRequest base, RequestOptions options) {
		this.method = base.method;
		this.path = base.path;
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>(base.query);
		options.query().forEach(query::addAll);
		this.query = CollectionUtils.unmodifiableMultiValueMap(query);
		HttpHeaders headers = HttpHeaders.copyOf(base.headers);
		options.headers().forEach(headers::put);
		this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
		this.body = base.body;
		this.contentType = base.contentType;
		this.operation = base.operation;
		this.model = base.model;
		this.timeout = (options.timeout() != null) ? options.timeout() : base.timeout;
		this.retryCount = base.retryCount;
	}

	/**
	 * Starts a GET request.
	 * @param pathTemplate the path, with {@code {name}} placeholders
	 * @param pathVariables values for the placeholders, in order; each is encoded as a path segment
	 * @return a builder
	 */
	public static Builder get(String pathTemplate, Object... pathVariables) {
		return new Builder(HttpMethod.GET, PathTemplate.expand(pathTemplate, pathVariables));
	}

	/**
	 * Starts a POST request.
	 * @param pathTemplate the path, with {@code {name}} placeholders
	 * @param pathVariables values for the placeholders, in order; each is encoded as a path segment
	 * @return a builder
	 */
	public static Builder post(String pathTemplate, Object... pathVariables) {
		return new Builder(HttpMethod.POST, PathTemplate.expand(pathTemplate, pathVariables));
	}

	/**
	 * Starts a DELETE request.
	 * @param pathTemplate the path, with {@code {name}} placeholders
	 * @param pathVariables values for the placeholders, in order; each is encoded as a path segment
	 * @return a builder
	 */
	public static Builder delete(String pathTemplate, Object... pathVariables) {
		return new Builder(HttpMethod.DELETE, PathTemplate.expand(pathTemplate, pathVariables));
	}

	/** @return the HTTP method */
	public HttpMethod method() {
		return this.method;
	}

	/** @return the path relative to the base URL, path variables already encoded */
	public String path() {
		return this.path;
	}

	/** @return the query parameters, not yet encoded, read-only */
	public MultiValueMap<String, String> query() {
		return this.query;
	}

	/** @return the extra headers of this request (such as {@code OpenAI-Beta}), read-only */
	public HttpHeaders headers() {
		return this.headers;
	}

	/** @return the body: an object written as JSON, a multipart map, UTF-8 bytes of a text body, or {@code null} */
	public @Nullable Object body() {
		return this.body;
	}

	/**
	 * Whether the body can be sent again: not when a multipart part streams from a one-shot source, such as a
	 * {@code FileContent} of an {@code InputStream}, which the first attempt consumed. Such a request is never
	 * retried, so that the caller gets the first attempt's error rather than a failure to read the stream again.
	 * @return {@code false} when a part is an open (read-once) resource
	 */
	public boolean isRepeatable() {
		if (this.body instanceof MultiValueMap<?, ?> parts) {
			for (List<?> values : parts.values()) {
				for (Object value : values) {
					Object part = (value instanceof HttpEntity<?> entity) ? entity.getBody() : value;
					if (part instanceof Resource resource && resource.isOpen()) {
						return false;
					}
				}
			}
		}
		return true;
	}

	/** @return the content type of the body */
	public MediaType contentType() {
		return this.contentType;
	}

	/** @return the operation name, a bounded value such as {@code chat.completions.create} */
	public String operation() {
		return this.operation;
	}

	/** @return the model the request names, if any */
	public @Nullable String model() {
		return this.model;
	}

	/** @return a per-request timeout that replaces the configured response timeout, if set */
	public @Nullable Duration timeout() {
		return this.timeout;
	}

	/**
	 * This request with per-request options applied: their timeout replaces this one, their headers replace
	 * headers of the same name, their query parameters are added.
	 * @param options the options
	 * @return the request with the options, or this request when they change nothing
	 */
	public ApiRequest withOptions(RequestOptions options) {
		boolean changesNothing = options.timeout() == null && options.headers().isEmpty() && options.query().isEmpty();
		return changesNothing ? this : new ApiRequest(this, options);
	}

	/**
	 * Starts a builder holding every value of this request, to derive a changed copy (another path, more query
	 * parameters or headers, a merged body), as request customizers of the client builder do.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		Builder builder = new Builder(this.method, this.path);
		builder.query.addAll(this.query);
		builder.headers.addAll(this.headers);
		builder.body = this.body;
		builder.contentType = this.contentType;
		builder.operation = this.operation;
		builder.model = this.model;
		builder.timeout = this.timeout;
		return builder;
	}

	/**
	 * How many attempts of this call came before this one, sent as {@code x-stainless-retry-count} (as OpenAI's
	 * official SDKs do), so that the server can tell a retry from a new call.
	 * @return 0 for the first attempt, 1 for the first retry, and so on
	 */
	public int retryCount() {
		return this.retryCount;
	}

	/**
	 * Returns this request as the attempt after {@code retryCount} earlier ones; everything else is shared.
	 * @param retryCount attempts made before this one
	 * @return this request when the count is unchanged, else a copy
	 */
	public ApiRequest withRetryCount(int retryCount) {
		return (retryCount == this.retryCount) ? this : new ApiRequest(this, retryCount);
	}

	@Override
	public String toString() {
		return this.method + " " + this.path + " (" + this.operation + ")";
	}

	/**
	 * Builds an {@link ApiRequest}.
	 */
	public static final class Builder {

		private final HttpMethod method;

		private String path;

		private final MultiValueMap<String, String> query = new LinkedMultiValueMap<>();

		private final HttpHeaders headers = new HttpHeaders();

		private @Nullable Object body;

		private MediaType contentType = MediaType.APPLICATION_JSON;

		private @Nullable String operation;

		private @Nullable String model;

		private @Nullable Duration timeout;

		private Builder(HttpMethod method, String path) {
			this.method = method;
			this.path = path;
		}

		/**
		 * Names the operation for monitoring; a bounded value such as {@code chat.completions.create}.
		 * @param operation the operation name
		 * @return this builder
		 */
		public Builder operation(String operation) {
			this.operation = operation;
			return this;
		}

		/**
		 * Replaces the path, for a customizer routing requests elsewhere (such as an Azure deployment).
		 * @param path the path relative to the base URL, path variables already encoded
		 * @return this builder
		 */
		public Builder path(String path) {
			this.path = path;
			return this;
		}

		/**
		 * Records the model the request names, for monitoring.
		 * @param model the model, or {@code null}
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Adds a query parameter, skipped when the value is {@code null}.
		 * @param name the parameter name
		 * @param value the value, or {@code null}
		 * @return this builder
		 */
		public Builder query(String name, @Nullable Object value) {
			if (value != null) {
				this.query.add(name, value.toString());
			}
			return this;
		}

		/**
		 * Adds a header to this request only.
		 * @param name the header name
		 * @param value the header value
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			this.headers.add(name, value);
			return this;
		}

		/**
		 * Sets a body written as JSON.
		 * @param body the body object
		 * @return this builder
		 */
		public Builder jsonBody(Object body) {
			this.body = body;
			this.contentType = MediaType.APPLICATION_JSON;
			return this;
		}

		/**
		 * Sets a text body of another type than JSON, such as an {@code application/sdp} offer, sent as UTF-8 as it is.
		 * @param text the body
		 * @param contentType its content type
		 * @return this builder
		 */
		public Builder textBody(String text, MediaType contentType) {
			this.body = text.getBytes(StandardCharsets.UTF_8);
			this.contentType = contentType;
			return this;
		}

		/**
		 * Sets a multipart body; file parts stream from their resources without being loaded into memory.
		 * @param parts the parts, as built by Spring's {@code MultipartBodyBuilder}
		 * @return this builder
		 */
		public Builder multipartBody(MultiValueMap<String, ?> parts) {
			this.body = parts;
			this.contentType = MediaType.MULTIPART_FORM_DATA;
			return this;
		}

		/**
		 * Replaces the configured response timeout for this request.
		 * @param timeout the timeout, or {@code null} for the configured one
		 * @return this builder
		 */
		public Builder timeout(@Nullable Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		/**
		 * Builds the request.
		 * @return the immutable request
		 */
		public ApiRequest build() {
			return new ApiRequest(this);
		}

	}

}
