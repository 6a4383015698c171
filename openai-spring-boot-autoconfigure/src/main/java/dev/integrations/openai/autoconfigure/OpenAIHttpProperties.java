package dev.integrations.openai.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * HTTP tuning of an OpenAI client, part of {@link OpenAIProperties} (the same flat {@code openai.*} keys): timeouts,
 * buffer and header sizes, the connection pool, and the headers, query parameters and body fields sent with every
 * request. The defaults are those of {@link dev.integrations.openai.client.OpenAIConfig}.
 */
public abstract class OpenAIHttpProperties {

	/** Time to wait for a TCP (and TLS) connection. */
	private Duration connectTimeout = Duration.ofSeconds(10);

	/** Time a non-streaming call may take, per attempt, until its whole body arrived. */
	private Duration responseTimeout = Duration.ofMinutes(10);

	/** Time a stream may stay silent: before the response, then between two reads of its data. */
	private Duration streamIdleTimeout = Duration.ofMinutes(2);

	/** User-Agent header; when not set, names this client and the Java version. */
	private @Nullable String userAgent;

	/** Headers sent with every request (Authorization excepted). */
	private Map<String, String> defaultHeaders = new LinkedHashMap<>();

	/** Largest response body buffered in memory; larger bodies fail with a typed error. */
	private DataSize maxInMemorySize = DataSize.ofMegabytes(16);

	/** Largest response head (status line and headers) accepted; larger heads fail with a typed error. */
	private DataSize maxResponseHeaderSize = DataSize.ofKilobytes(64);

	/** Size of the connection pool: one connection per call in flight or open stream. */
	private int maxConnections = 1000;

	/** Calls that may wait for a pooled connection while all are in use; when not set, twice max-connections. */
	private @Nullable Integer maxPendingAcquires;

	/** Time a call may wait for a pooled connection before it fails with a retryable timeout. */
	private Duration pendingAcquireTimeout = Duration.ofSeconds(10);

	/** Fields merged into every JSON request body; each value is JSON (text that is not JSON is a string). */
	private Map<String, String> extraBody = new LinkedHashMap<>();

	/** Query parameters added to every request. */
	private Map<String, String> extraQuery = new LinkedHashMap<>();

	/** Headers added to every request, after the default headers. */
	private Map<String, String> extraHeaders = new LinkedHashMap<>();

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public Duration getStreamIdleTimeout() {
		return this.streamIdleTimeout;
	}

	public void setStreamIdleTimeout(Duration streamIdleTimeout) {
		this.streamIdleTimeout = streamIdleTimeout;
	}

	public @Nullable String getUserAgent() {
		return this.userAgent;
	}

	public void setUserAgent(@Nullable String userAgent) {
		this.userAgent = userAgent;
	}

	public Map<String, String> getDefaultHeaders() {
		return this.defaultHeaders;
	}

	public void setDefaultHeaders(Map<String, String> defaultHeaders) {
		this.defaultHeaders = defaultHeaders;
	}

	public DataSize getMaxInMemorySize() {
		return this.maxInMemorySize;
	}

	public void setMaxInMemorySize(DataSize maxInMemorySize) {
		this.maxInMemorySize = maxInMemorySize;
	}

	public DataSize getMaxResponseHeaderSize() {
		return this.maxResponseHeaderSize;
	}

	public void setMaxResponseHeaderSize(DataSize maxResponseHeaderSize) {
		this.maxResponseHeaderSize = maxResponseHeaderSize;
	}

	public int getMaxConnections() {
		return this.maxConnections;
	}

	public void setMaxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
	}

	public @Nullable Integer getMaxPendingAcquires() {
		return this.maxPendingAcquires;
	}

	public void setMaxPendingAcquires(@Nullable Integer maxPendingAcquires) {
		this.maxPendingAcquires = maxPendingAcquires;
	}

	public Duration getPendingAcquireTimeout() {
		return this.pendingAcquireTimeout;
	}

	public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
		this.pendingAcquireTimeout = pendingAcquireTimeout;
	}

	public Map<String, String> getExtraBody() {
		return this.extraBody;
	}

	public void setExtraBody(Map<String, String> extraBody) {
		this.extraBody = extraBody;
	}

	public Map<String, String> getExtraQuery() {
		return this.extraQuery;
	}

	public void setExtraQuery(Map<String, String> extraQuery) {
		this.extraQuery = extraQuery;
	}

	public Map<String, String> getExtraHeaders() {
		return this.extraHeaders;
	}

	public void setExtraHeaders(Map<String, String> extraHeaders) {
		this.extraHeaders = extraHeaders;
	}

}
