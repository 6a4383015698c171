package dev.integrations.openai.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import dev.integrations.openai.common.Headers;
import dev.integrations.openai.errors.ApiError;
import dev.integrations.openai.errors.OpenAIApiException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAIStreamException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.internal.ParseFailures;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.compression.DecompressionException;
import io.netty.handler.timeout.ReadTimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.codec.CodecException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import reactor.netty.http.client.PrematureCloseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where HTTP errors and transport failures become typed {@link OpenAIException}s. Whatever the server
 * sent (error fields, headers, body excerpts, stream error events, parser messages quoting the body) passes the
 * {@link Redactor} on its way into an exception, so no credential this client sent can come back in a message.
 */
final class ErrorMapper {

	private static final int MAX_MESSAGE_LENGTH = 500;

	/** Reactor Netty's pool refusing one more waiting call; its class is shaded, so known by name only. */
	private static final String POOL_PENDING_LIMIT = "PoolAcquirePendingLimitException";

	private final JsonMapper mapper;

	private final String host;

	private final int maxInMemorySize;

	private final Redactor redactor;

	ErrorMapper(JsonMapper mapper, String host, int maxInMemorySize, Redactor redactor) {
		this.mapper = mapper;
		this.host = host;
		this.maxInMemorySize = maxInMemorySize;
		this.redactor = redactor;
	}

	/**
	 * Maps an error response to the exception for its status.
	 */
	OpenAIApiException fromResponse(int status, HttpHeaders headers, byte @Nullable [] body) {
		ApiError error = parseError(status, body);
		if (status >= 300 && status < 400) {
			String location = headers.getFirst(HttpHeaders.LOCATION);
			error = new ApiError(error.message() + " (redirect" + ((location != null) ? " to " + truncate(this.redactor.redact(location)) : "")
					+ " not followed)", error.type(), error.code(), error.param());
		}
		return OpenAIApiException.of(status, error, Headers.of(this.redactor.redact(headers).asMultiValueMap()));
	}

	/**
	 * Maps a 2xx answer to a streaming call that is no event stream (an HTML page from a proxy, plain text, JSON).
	 */
	OpenAIResponseException notAnEventStream(int status, @Nullable MediaType contentType, byte[] excerpt) {
		return unexpectedContent("text/event-stream", status, contentType, excerpt);
	}

	/**
	 * Maps a 2xx answer to a unary call whose body is no JSON and says so by its content type (an HTML page from a
	 * captive portal or proxy).
	 */
	OpenAIResponseException notJson(int status, MediaType contentType, byte[] body) {
		return unexpectedContent("application/json", status, contentType, body);
	}

	private OpenAIResponseException unexpectedContent(String expected, int status, @Nullable MediaType contentType,
			byte[] excerpt) {
		return new OpenAIResponseException("Expected " + expected + " from " + this.host + " but got "
				+ statusText(status) + " with Content-Type " + ((contentType != null) ? contentType : "(none)")
				+ this.redactor.redact(describeBody(excerpt)), null);
	}

	/**
	 * Maps a 2xx response whose body is compressed with an encoding the connector did not decode.
	 */
	OpenAIResponseException undecodedEncoding(int status, String encoding) {
		return new OpenAIResponseException(statusText(status) + " from " + this.host + " has Content-Encoding "
				+ truncate(this.redactor.redact(encoding)) + ", which the client does not decode; the body was not read", null);
	}

	/**
	 * Maps an error response whose body was larger than the in-memory limit and so was not read.
	 */
	OpenAIApiException fromOversizedResponse(int status, HttpHeaders headers) {
		return OpenAIApiException.of(status, new ApiError(statusText(status) + " (body larger than the in-memory limit"
				+ " of " + this.maxInMemorySize + " bytes, not read)", null, null, null), Headers.of(this.redactor.redact(headers).asMultiValueMap()));
	}

	/**
	 * Reads the OpenAI error object of an error response, or describes a body that is none; redacted.
	 */
	ApiError parseError(int status, byte @Nullable [] body) {
		return this.redactor.redact(readError(status, body));
	}

	private ApiError readError(int status, byte @Nullable [] body) {
		if (body != null && body.length > 0) {
			try {
				JsonNode root = this.mapper.readTree(body);
				if (root != null && root.isObject()) {
					ApiError error = fromNode(root.get("error"), root);
					if (error != null) {
						return error;
					}
				}
			}
			catch (JacksonException ex) {
				// not JSON: an HTML or plain-text page from a proxy or load balancer
			}
		}
		return new ApiError(statusText(status) + describeBody(body), null, null, null);
	}

	/**
	 * Reads the error object of a stream error event: {@code {"error": {...}}} or a bare error object.
	 */
	OpenAIStreamException fromStreamEvent(String data) {
		try {
			JsonNode root = this.mapper.readTree(data);
			ApiError error = fromNode(root.get("error"), root);
			if (error != null) {
				return new OpenAIStreamException(this.redactor.redact(error));
			}
		}
		catch (JacksonException ex) {
			return new OpenAIStreamException(this.redactor.redact(new ApiError("Unreadable error event: "
					+ truncate(data), null, null, null)), this.redactor.scrub(ex));
		}
		return new OpenAIStreamException(
				this.redactor.redact(new ApiError("Error event: " + truncate(data), null, null, null)));
	}

	private static @Nullable ApiError fromNode(@Nullable JsonNode error, JsonNode root) {
		if (error != null && error.isObject()) {
			return new ApiError(text(error, "message", "(no message)"), text(error, "type", null),
					text(error, "code", null), text(error, "param", null));
		}
		if (error != null && error.isString()) {
			return new ApiError(error.asString(), text(root, "type", null), text(root, "code", null), null);
		}
		if (root.has("message")) {
			return new ApiError(text(root, "message", "(no message)"), text(root, "type", null),
					text(root, "code", null), text(root, "param", null));
		}
		return null;
	}

	private static String text(JsonNode node, String field, String fallback) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? fallback : value.asString();
	}

	/**
	 * Maps a failure of a stream or download, whose read timeout (when Reactor Netty's) is the idle timeout.
	 */
	OpenAIException mapIdle(Throwable failure, Duration idle) {
		return mapIdle(failure, idle, false);
	}

	/**
	 * Maps a failure of a stream or download, telling whether the server may have acted on the request.
	 */
	OpenAIException mapIdle(Throwable failure, Duration idle, boolean processed) {
		if (!(failure instanceof OpenAIException) && rootCause(failure) instanceof ReadTimeoutException) {
			return new OpenAITimeoutException("No data from " + this.host + " within " + idle, idle, failure,
					processed);
		}
		return map(failure, idle, processed);
	}

	/**
	 * Maps any failure of an attempt to a typed exception. The messages it quotes are redacted, and a cause whose
	 * messages quote a credential (a parser quoting the body, say) is replaced by a scrubbed copy.
	 */
	OpenAIException map(Throwable failure, Duration timeout) {
		return map(failure, timeout, false);
	}

	/**
	 * Maps any failure of an attempt to a typed exception.
	 * @param processed whether a non-idempotent request was written before the failure: a timeout, reset or
	 * premature close after that may come after the server acted on it; failures to connect never do
	 */
	OpenAIException map(Throwable failure, Duration timeout, boolean processed) {
		if (failure instanceof OpenAIException openAIException) {
			return openAIException;
		}
		Throwable safe = this.redactor.scrub(failure);
		Throwable cause = rootCause(failure);
		if (cause instanceof OpenAIException typed) {
			// raised by the client itself below WebClient (the credentials check), which wrapped it
			return typed;
		}
		if (cause instanceof TimeoutException && cause != failure) {
			// Reactor Netty's pool: no connection became free within pendingAcquireTimeout; nothing was sent
			return new OpenAITimeoutException("No pooled connection to " + this.host + " became free in time ("
					+ "pendingAcquireTimeout): " + cause.getMessage(), null, failure);
		}
		if (POOL_PENDING_LIMIT.equals(cause.getClass().getSimpleName())) {
			return new OpenAIConnectionException("Too many calls wait for a connection to " + this.host
					+ " (maxPendingAcquires): " + cause.getMessage(), failure);
		}
		if (failure instanceof TimeoutException) {
			return new OpenAITimeoutException("No response from " + this.host + " within " + timeout, timeout, safe,
					processed);
		}
		if (cause instanceof ConnectTimeoutException) {
			return new OpenAITimeoutException("Connect timeout to " + this.host + ": " + message(cause), null, safe);
		}
		if (cause instanceof ReadTimeoutException) {
			return new OpenAITimeoutException("Read timeout from " + this.host, null, safe, processed);
		}
		if (cause instanceof DataBufferLimitException) {
			return new OpenAIResponseException("Response from " + this.host + " exceeds the in-memory limit of "
					+ this.maxInMemorySize + " bytes (maxInMemorySize)", safe);
		}
		if (cause instanceof DecompressionException || failure instanceof DecompressionException) {
			return new OpenAIResponseException("Undecodable compressed response from " + this.host + ": "
					+ message(cause), safe);
		}
		if (cause instanceof PrematureCloseException) {
			return new OpenAIConnectionException("Connection to " + this.host + " closed before the response ended",
					safe, processed);
		}
		if (cause instanceof UnknownHostException || cause instanceof ConnectException) {
			return new OpenAIConnectionException("Cannot connect to " + this.host + ": " + message(cause), safe);
		}
		SSLException tls = tlsFailure(failure);
		if (tls != null) {
			return new OpenAIConnectionException("TLS with " + this.host + " failed: " + message(tls), safe);
		}
		if (cause instanceof IOException) {
			return new OpenAIConnectionException("I/O error talking to " + this.host + ": " + text(cause), safe,
					processed);
		}
		if (cause instanceof JacksonException || failure instanceof CodecException) {
			return new OpenAIResponseException("Unreadable response from " + this.host + ": "
					+ ParseFailures.describe(message(cause)), ParseFailures.scrub(safe));
		}
		return new OpenAIResponseException("Request to " + this.host + " failed: " + text(cause), safe);
	}

	/** The message of a failure, redacted: parsers and decoders may quote what the server sent. */
	private @Nullable String message(Throwable failure) {
		return this.redactor.redact(failure.getMessage());
	}

	/** A failure's type and message, redacted. */
	private @Nullable String text(Throwable failure) {
		return this.redactor.redact(failure.toString());
	}

	/**
	 * The TLS failure in a cause chain, if any: its root is often no {@code IOException} (a certificate path that
	 * cannot be built, for example), yet the connection is what failed.
	 */
	private static @Nullable SSLException tlsFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SSLException ssl) {
				return ssl;
			}
		}
		return null;
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause
				&& !(cause instanceof DataBufferLimitException)) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static String statusText(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return "HTTP " + status + ((known != null) ? " " + known.getReasonPhrase() : "");
	}

	private static String describeBody(byte @Nullable [] body) {
		if (body == null || body.length == 0) {
			return " (empty body)";
		}
		String text = new String(body, StandardCharsets.UTF_8).replaceAll("<[^>]*>", " ")
			.replaceAll("\\s+", " ")
			.trim();
		return text.isEmpty() ? "" : ": " + truncate(text);
	}

	private static String truncate(String text) {
		return (text.length() <= MAX_MESSAGE_LENGTH) ? text : text.substring(0, MAX_MESSAGE_LENGTH) + "...";
	}

}
