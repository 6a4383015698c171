package dev.integrations.openai.common;

import java.time.Duration;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The rate limits OpenAI reports on every response ({@code x-ratelimit-*} headers): for requests and for tokens,
 * the limit, what remains, and how long until it resets. A component is {@code null} when its header is absent or
 * unreadable (OpenAI-compatible servers often send none).
 *
 * @param limitRequests {@code x-ratelimit-limit-requests}: requests allowed before the limit is reached
 * @param remainingRequests {@code x-ratelimit-remaining-requests}: requests left
 * @param resetRequests {@code x-ratelimit-reset-requests}: time until the request limit resets, such as
 * {@code 1s} or {@code 6m0s}
 * @param limitTokens {@code x-ratelimit-limit-tokens}: tokens allowed before the limit is reached
 * @param remainingTokens {@code x-ratelimit-remaining-tokens}: tokens left
 * @param resetTokens {@code x-ratelimit-reset-tokens}: time until the token limit resets
 */
public record RateLimitHeaders(@Nullable Long limitRequests, @Nullable Long remainingRequests,
		@Nullable Duration resetRequests, @Nullable Long limitTokens, @Nullable Long remainingTokens,
		@Nullable Duration resetTokens) {

	/** A bare decimal number (seconds). */
	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

	/** One part of a Go-style duration: a decimal number and a unit. */
	private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|us|µs|ns|h|m|s)");

	/**
	 * Reads the rate-limit headers.
	 * @param headers the response headers
	 * @return the limits; components whose header is absent or unreadable are {@code null}
	 */
	public static RateLimitHeaders from(Headers headers) {
		return from(headers::first);
	}

	/**
	 * Reads the rate-limit headers through a look-up, without copying the headers first.
	 * @param header the first value of a header by its lower-case name, or {@code null} when absent
	 * @return the limits; components whose header is absent or unreadable are {@code null}
	 */
	public static RateLimitHeaders from(Function<String, @Nullable String> header) {
		return new RateLimitHeaders(number(header.apply("x-ratelimit-limit-requests")),
				number(header.apply("x-ratelimit-remaining-requests")),
				duration(header.apply("x-ratelimit-reset-requests")),
				number(header.apply("x-ratelimit-limit-tokens")),
				number(header.apply("x-ratelimit-remaining-tokens")),
				duration(header.apply("x-ratelimit-reset-tokens")));
	}

	private static @Nullable Long number(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Parses a duration the way OpenAI writes it ({@code 20ms}, {@code 1s}, {@code 6m0s}, {@code 1h2m3.5s}); a bare
	 * number is seconds.
	 * @param value the header value
	 * @return the duration, or {@code null} when absent or unreadable
	 */
	static @Nullable Duration duration(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.trim();
		if (NUMBER.matcher(text).matches()) {
			return nanos(Double.parseDouble(text), 1_000_000_000L);
		}
		Matcher part = DURATION_PART.matcher(text);
		Duration total = Duration.ZERO;
		int end = 0;
		while (part.find() && part.start() == end) {
			double amount = Double.parseDouble(part.group(1));
			total = total.plus(nanos(amount, switch (part.group(2)) {
				case "h" -> 3_600_000_000_000L;
				case "m" -> 60_000_000_000L;
				case "s" -> 1_000_000_000L;
				case "ms" -> 1_000_000L;
				case "us", "µs" -> 1_000L;
				default -> 1L;
			}));
			end = part.end();
		}
		return (end == text.length()) ? total : null;
	}

	private static Duration nanos(double amount, long nanosPerUnit) {
		return Duration.ofNanos(Math.round(amount * nanosPerUnit));
	}

}
