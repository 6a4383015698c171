package dev.integrations.openai.resilience;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.integrations.openai.ratelimit.RateLimitKey;
import org.jspecify.annotations.Nullable;

/**
 * One logical call (all its attempts), as hooks see it. Carries bounded names for metric tags and a map in which
 * a hook may keep its own per-call state, such as a Micrometer {@code Observation} or a start time.
 */
public final class RequestContext {

	private final String operation;

	private final @Nullable String requestModel;

	private final String serverAddress;

	private final int serverPort;

	private final boolean streaming;

	private final long startNanos;

	private final @Nullable Integer maxRetries;

	private final @Nullable RateLimitKey rateLimitKey;

	private final long estimatedTokens;

	private final Map<Object, Object> attributes = new ConcurrentHashMap<>(4);

	/**
	 * Creates a context.
	 * @param operation the operation, such as {@code chat.completions.create}
	 * @param requestModel the model named by the request, if any
	 * @param serverAddress the API host
	 * @param serverPort the API port
	 * @param streaming whether the call streams its response
	 * @param startNanos when the call started, from {@link System#nanoTime()}
	 */
	public RequestContext(String operation, @Nullable String requestModel, String serverAddress, int serverPort,
			boolean streaming, long startNanos) {
		this(operation, requestModel, serverAddress, serverPort, streaming, startNanos, null);
	}

	/**
	 * Creates a context for a call with its own retry limit.
	 * @param operation the operation, such as {@code chat.completions.create}
	 * @param requestModel the model named by the request, if any
	 * @param serverAddress the API host
	 * @param serverPort the API port
	 * @param streaming whether the call streams its response
	 * @param startNanos when the call started, from {@link System#nanoTime()}
	 * @param maxRetries retries after the first attempt for this call, or {@code null} for the configured number
	 */
	public RequestContext(String operation, @Nullable String requestModel, String serverAddress, int serverPort,
			boolean streaming, long startNanos, @Nullable Integer maxRetries) {
		this(operation, requestModel, serverAddress, serverPort, streaming, startNanos, maxRetries, null, -1);
	}

	/** A context of a call the rate limiter admits under a key, with its estimated tokens ({@code -1}: none). */
	RequestContext(String operation, @Nullable String requestModel, String serverAddress, int serverPort,
			boolean streaming, long startNanos, @Nullable Integer maxRetries, @Nullable RateLimitKey rateLimitKey,
			long estimatedTokens) {
		this.rateLimitKey = rateLimitKey;
		this.estimatedTokens = estimatedTokens;
		this.maxRetries = maxRetries;
		this.operation = operation;
		this.requestModel = requestModel;
		this.serverAddress = serverAddress;
		this.serverPort = serverPort;
		this.streaming = streaming;
		this.startNanos = startNanos;
	}

	/** @return the operation name, such as {@code chat.completions.create} */
	public String operation() {
		return this.operation;
	}

	/** @return the model named by the request, if any */
	public @Nullable String requestModel() {
		return this.requestModel;
	}

	/** @return the API host */
	public String serverAddress() {
		return this.serverAddress;
	}

	/** @return the API port */
	public int serverPort() {
		return this.serverPort;
	}

	/** @return whether the call streams its response */
	public boolean streaming() {
		return this.streaming;
	}

	/** @return when the call started, in {@link System#nanoTime()} units */
	public long startNanos() {
		return this.startNanos;
	}

	/** @return the retry limit of this call, or {@code null} for the configured one */
	public @Nullable Integer maxRetries() {
		return this.maxRetries;
	}

	/**
	 * The tokens the rate limiter estimated before sending (input plus allowed output), to compare with the usage
	 * the response reports.
	 * @return the estimate, or {@code null} when the call is not rate limited or was not estimated (no limits were
	 * reported for its model yet)
	 */
	public @Nullable Long estimatedTokens() {
		return (this.rateLimitKey != null && this.estimatedTokens >= 0) ? this.estimatedTokens : null;
	}

	/** @return the tokens each attempt reserves of the rate-limit budget */
	long reservedTokens() {
		return Math.max(0, this.estimatedTokens);
	}

	/** @return the rate-limit budget of the call, or {@code null} when it is not limited */
	@Nullable RateLimitKey rateLimitKey() {
		return this.rateLimitKey;
	}

	/**
	 * Per-call state for hooks; keys should be private to the hook that uses them.
	 * @return the mutable, thread-safe attribute map
	 */
	public Map<Object, Object> attributes() {
		return this.attributes;
	}

	@Override
	public String toString() {
		return "RequestContext[" + this.operation + ", model=" + this.requestModel + ", streaming=" + this.streaming
				+ "]";
	}

}
