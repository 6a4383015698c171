package dev.integrations.openai.common;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A response with what came with its body: the HTTP status and headers, and from them the {@code x-request-id},
 * the rate limits and OpenAI's processing time. Get one for any call with {@link OpenAIService#withRawResponse},
 * {@link OpenAIService#withRawResponseAsync} or {@link OpenAIService#withRawStreamAsync}.
 *
 * @param <T> the body type
 * @param statusCode the HTTP status
 * @param headers the response headers
 * @param body the decoded body; for a stream, its events
 */
public record RawResponse<T>(int statusCode, Headers headers, T body) {

	/**
	 * The first value of a response header.
	 * @param name the header name, in any case
	 * @return the value, or {@code null} when the header is absent
	 */
	public @Nullable String header(String name) {
		return this.headers.first(name);
	}

	/** @return the {@code x-request-id} header, to quote to OpenAI support */
	public Optional<String> requestId() {
		return Optional.ofNullable(header("x-request-id"));
	}

	/** @return the rate limits the response reported ({@code x-ratelimit-*}) */
	public RateLimitHeaders rateLimit() {
		return RateLimitHeaders.from(this.headers);
	}

	/** @return how long OpenAI took to process the request ({@code openai-processing-ms}), if reported */
	public Optional<Duration> processingTime() {
		String millis = header("openai-processing-ms");
		if (millis == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Duration.ofNanos(Math.round(Double.parseDouble(millis.trim()) * 1_000_000)));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The same status and headers with another body.
	 * @param <B> the new body type
	 * @param newBody the new body
	 * @return the response
	 */
	public <B> RawResponse<B> withBody(B newBody) {
		return new RawResponse<>(this.statusCode, this.headers, newBody);
	}

}
