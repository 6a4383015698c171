package dev.integrations.openai.errors;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.common.Headers;

/**
 * HTTP 429: a rate limit or quota was hit; retried with the server's back-off hint. The client's own rate limiter
 * raises it too, before sending, when a call does not fit the budget ({@link #isBeforeSending()}): then
 * {@link #retryAfter()} is the time until it would fit, and it is not retried.
 */
public class RateLimitException extends OpenAIApiException {

	private static final long serialVersionUID = 1L;

	/** The error code of a call the client's rate limiter refused. */
	public static final String CLIENT_RATE_LIMITED = "client_rate_limited";

	private final boolean beforeSending;

	/**
	 * Creates the exception.
	 * @param error the OpenAI error object
	 * @param headers the response headers
	 */
	public RateLimitException(ApiError error, Headers headers) {
		super(429, error, headers);
		this.beforeSending = false;
	}

	private RateLimitException(ApiError error, Headers headers, String message) {
		super(429, error, headers, message);
		this.beforeSending = true;
	}

	/**
	 * The exception of a call the client's rate limiter refused before sending it.
	 * @param retryAfter how long until the call would fit the budget
	 * @param limit which budget, for the message (such as {@code default/gpt-4o-mini}); never a secret
	 * @return the exception, with {@code retry-after-ms} and {@code x-should-retry: false} headers
	 */
	public static RateLimitException beforeSending(Duration retryAfter, String limit) {
		long millis = Math.max(0, (retryAfter.toNanos() + 999_999) / 1_000_000);
		String message = "Rate limit of " + limit + " reached: not sent; it would fit in " + millis + " ms";
		Headers headers = Headers.of(Map.of("retry-after-ms", List.of(Long.toString(millis)), "x-should-retry",
				List.of("false")));
		return new RateLimitException(new ApiError(message, "requests", CLIENT_RATE_LIMITED, null), headers, message);
	}

	/** @return whether the client's rate limiter raised it before sending, instead of the server answering 429 */
	public boolean isBeforeSending() {
		return this.beforeSending;
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.RATE_LIMIT;
	}

}
