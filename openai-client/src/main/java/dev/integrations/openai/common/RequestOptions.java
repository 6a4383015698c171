package dev.integrations.openai.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.integrations.openai.auth.HeaderValues;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Options for the calls of one service view, set with {@link OpenAIService#withOptions(RequestOptions)}: a timeout,
 * extra headers, query parameters and body properties, a retry limit, an organization or project other than the client's, a
 * listener for the raw response, and the mark of a {@linkplain Builder#probe() probe} (a health check). Options
 * left unset keep the client's configuration. Immutable.
 *
 * <pre>{@code
 * ChatCompletion answer = client.chatCompletions()
 *     .withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxRetries(0).build())
 *     .create(request);
 * }</pre>
 */
public final class RequestOptions {

	/** No options: every call uses the client's configuration. */
	public static final RequestOptions NONE = builder().build();

	private final @Nullable Duration timeout;

	private final Map<String, List<String>> headers;

	private final Map<String, List<String>> query;

	private final Map<String, Object> bodyProperties;

	private final @Nullable Integer maxRetries;

	private final @Nullable Consumer<RawResponse<?>> onResponse;

	private final boolean probe;

	private RequestOptions(Builder builder) {
		this.timeout = builder.timeout;
		this.headers = copy(builder.headers);
		this.query = copy(builder.query);
		this.bodyProperties = builder.bodyProperties.isEmpty() ? Map.of()
				: Collections.unmodifiableMap(new LinkedHashMap<>(builder.bodyProperties));
		this.maxRetries = builder.maxRetries;
		this.onResponse = builder.onResponse;
		this.probe = builder.probe;
	}

	/**
	 * Starts building options.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Combines these options with newer ones: the newer timeout and retry limit win, a newer header replaces one of
	 * the same name, query parameters add up, a newer body property replaces one of the same name, both response listeners are called, and the calls are probes when
	 * either options say so.
	 * @param newer the options set later
	 * @return the combined options
	 */
	public RequestOptions merge(RequestOptions newer) {
		Builder merged = new Builder();
		merged.timeout = (newer.timeout != null) ? newer.timeout : this.timeout;
		merged.maxRetries = (newer.maxRetries != null) ? newer.maxRetries : this.maxRetries;
		this.headers.forEach(merged::putHeader);
		newer.headers.forEach(merged::putHeader);
		this.query.forEach((name, values) -> values.forEach((value) -> merged.queryParam(name, value)));
		newer.query.forEach((name, values) -> values.forEach((value) -> merged.queryParam(name, value)));
		merged.bodyProperties.putAll(this.bodyProperties);
		merged.bodyProperties.putAll(newer.bodyProperties);
		merged.onResponse = (this.onResponse == null) ? newer.onResponse
				: (newer.onResponse == null) ? this.onResponse : this.onResponse.andThen(newer.onResponse);
		merged.probe = this.probe || newer.probe;
		return merged.build();
	}

	/** @return the response timeout of each attempt, replacing the configured one; {@code null} to keep it */
	public @Nullable Duration timeout() {
		return this.timeout;
	}

	/** @return headers sent with every call, replacing headers of the same name the client sends; read-only */
	public Map<String, List<String>> headers() {
		return this.headers;
	}

	/** @return query parameters added to every call; read-only */
	public Map<String, List<String>> query() {
		return this.query;
	}

	/**
	 * Properties added to the body of every call: merged into a JSON body beside the request's own fields (a
	 * property of the same name replaces the request's), added as text fields to a multipart form; a call without a
	 * body sends none.
	 * @return the properties by name, in the order they were set; read-only
	 */
	public Map<String, Object> bodyProperties() {
		return this.bodyProperties;
	}

	/** @return retries after the first attempt, replacing the configured number; {@code null} to keep it */
	public @Nullable Integer maxRetries() {
		return this.maxRetries;
	}

	/** @return the listener told of each successful response (status, headers, body), if any */
	public @Nullable Consumer<RawResponse<?>> onResponse() {
		return this.onResponse;
	}

	/**
	 * Whether the calls are probes of the API (a health check): the client's hooks (metrics, observations) do not
	 * hear of them, and the circuit breaker neither rejects nor counts them.
	 * @return {@code true} for probes
	 */
	public boolean probe() {
		return this.probe;
	}

	/** Names only: header and body values may be secrets. */
	@Override
	public String toString() {
		return "RequestOptions[timeout=" + this.timeout + ", headers=" + this.headers.keySet() + ", query="
				+ this.query.keySet() + ", bodyProperties=" + this.bodyProperties.keySet() + ", maxRetries="
				+ this.maxRetries + ", probe=" + this.probe + "]";
	}

	private static Map<String, List<String>> copy(Map<String, List<String>> values) {
		if (values.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> copy = new LinkedHashMap<>();
		values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
		return Collections.unmodifiableMap(copy);
	}

	/**
	 * Builds {@link RequestOptions}.
	 */
	public static final class Builder {

		private @Nullable Duration timeout;

		private final Map<String, List<String>> headers = new LinkedHashMap<>();

		private final Map<String, List<String>> query = new LinkedHashMap<>();

		private final Map<String, Object> bodyProperties = new LinkedHashMap<>();

		private @Nullable Integer maxRetries;

		private @Nullable Consumer<RawResponse<?>> onResponse;

		private boolean probe;

		private Builder() {
		}

		/**
		 * Sets the response timeout of each attempt of a call (not of a stream, which keeps its idle timeout).
		 * @param timeout a positive duration
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			if (timeout.isNegative() || timeout.isZero()) {
				throw new IllegalArgumentException("timeout must be a positive duration, was " + timeout);
			}
			this.timeout = timeout;
			return this;
		}

		/**
		 * Sends a header with every call, replacing a header of the same name (any case) that the client sends.
		 * @param name the header name; not {@code Authorization}, which comes from the client's credentials
		 * @param value the value
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			return putHeader(name, List.of(value));
		}

		/**
		 * Sends the calls for another organization ({@code OpenAI-Organization}).
		 * @param organization the organization ID
		 * @return this builder
		 */
		public Builder organization(String organization) {
			return header("OpenAI-Organization", organization);
		}

		/**
		 * Sends the calls for another project ({@code OpenAI-Project}).
		 * @param project the project ID
		 * @return this builder
		 */
		public Builder project(String project) {
			return header("OpenAI-Project", project);
		}

		/**
		 * Adds a query parameter to every call.
		 * @param name the parameter name
		 * @param value the value, encoded by the client
		 * @return this builder
		 */
		public Builder queryParam(String name, String value) {
			if (name.isBlank()) {
				throw new IllegalArgumentException("query parameter name must not be blank");
			}
			this.query.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			return this;
		}

		/**
		 * Adds a property to the body of every call, for a field this client has no setter for, on any operation
		 * (also those whose request has no builder, such as {@code ModerationRequest}): written into a JSON body
		 * beside the request's own fields, replacing one of the same name, or added as a text field to a multipart
		 * form (strings as they are, other values as JSON text). A call without a body (a {@code GET}) sends none.
		 * @param name the property name, as on the wire
		 * @param value the value, written as JSON ({@code Map}, {@code List}, numbers, strings, booleans); {@code null}
		 * removes a property set before on this builder
		 * @return this builder
		 */
		public Builder bodyProperty(String name, @Nullable Object value) {
			if (name.isBlank()) {
				throw new OpenAIValidationException("bodyProperty", "body property name must not be blank");
			}
			if (value == null) {
				this.bodyProperties.remove(name);
			}
			else {
				this.bodyProperties.put(name, value);
			}
			return this;
		}

		/**
		 * Marks the calls as probes of the API, such as a health check's: they are not application calls, so the
		 * client's hooks (metrics, observations) do not hear of them and the circuit breaker neither rejects them
		 * (an open breaker does not stop them) nor counts their outcome (a failing probe never opens it, a
		 * succeeding one never closes it). Retries still follow the retry settings; add {@code maxRetries(0)} for one
		 * attempt.
		 * @return this builder
		 */
		public Builder probe() {
			this.probe = true;
			return this;
		}

		/**
		 * Sets the number of retries after the first attempt; 0 makes one attempt only.
		 * @param maxRetries retries, at least 0
		 * @return this builder
		 */
		public Builder maxRetries(int maxRetries) {
			if (maxRetries < 0) {
				throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
			}
			this.maxRetries = maxRetries;
			return this;
		}

		/**
		 * Sets a listener told of each successful response: status, headers and decoded body (for a stream, the
		 * event flux, as soon as the headers arrived). Runs on the thread that read the response, so it must not
		 * block. {@link OpenAIService#withRawResponse} is built on it.
		 * @param onResponse the listener
		 * @return this builder
		 */
		public Builder onResponse(Consumer<RawResponse<?>> onResponse) {
			this.onResponse = onResponse;
			return this;
		}

		/**
		 * Builds the options.
		 * @return the immutable options
		 */
		public RequestOptions build() {
			return new RequestOptions(this);
		}

		private Builder putHeader(String name, List<String> values) {
			if (name.isBlank() || !name.chars().allMatch((c) -> c > 32 && c < 127 && c != ':')) {
				throw new IllegalArgumentException("Not a valid header name: " + name);
			}
			if (name.equalsIgnoreCase("Authorization")) {
				throw new IllegalArgumentException("RequestOptions must not set Authorization: use the client's apiKey");
			}
			values.forEach((value) -> HeaderValues.requireNoControlCharacters(name, value));
			this.headers.keySet().removeIf(name::equalsIgnoreCase);
			this.headers.put(name, List.copyOf(values));
			return this;
		}

	}

}
