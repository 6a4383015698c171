package dev.integrations.openai.errors;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import dev.integrations.openai.common.Headers;
import dev.integrations.openai.common.RateLimitHeaders;
import org.jspecify.annotations.Nullable;

/**
 * The API answered with an HTTP error status. Carries the status, the OpenAI error object ({@code type},
 * {@code code}, {@code param}, {@code message}), the {@code x-request-id}, the response headers (with the parsed rate limits) and, from
 * {@link #attempts()}, how many attempts the call made.
 * <p>
 * Use {@link #of(int, ApiError, Headers)} to get the subclass matching a status.
 */
public abstract class OpenAIApiException extends OpenAIException {

	private static final long serialVersionUID = 1L;

	private final int statusCode;

	private final ApiError error;

	private final transient Headers headers;

	protected OpenAIApiException(int statusCode, ApiError error, Headers headers) {
		this(statusCode, error, headers, describe(statusCode, error, headers));
	}

	/**
	 * Creates the exception with a message of its own, for an error the client raises in the server's stead.
	 * @param statusCode the HTTP status it stands for
	 * @param error the error object
	 * @param headers the headers, such as a {@code retry-after-ms} hint
	 * @param message the message
	 */
	protected OpenAIApiException(int statusCode, ApiError error, Headers headers, String message) {
		super(message, null);
		this.statusCode = statusCode;
		this.error = error;
		this.headers = headers;
	}

	/**
	 * Creates the exception type matching an HTTP status.
	 * @param statusCode the HTTP status
	 * @param error the parsed OpenAI error object (or one built from a non-JSON body)
	 * @param headers the response headers
	 * @return the typed exception
	 */
	public static OpenAIApiException of(int statusCode, ApiError error, Headers headers) {
		return switch (statusCode) {
			case 400 -> new BadRequestException(error, headers);
			case 401 -> new AuthenticationException(error, headers);
			case 403 -> new PermissionDeniedException(error, headers);
			case 404 -> new NotFoundException(error, headers);
			case 409 -> new ConflictException(error, headers);
			case 422 -> new UnprocessableEntityException(error, headers);
			case 429 -> new RateLimitException(error, headers);
			default -> (statusCode >= 500) ? new InternalServerException(statusCode, error, headers)
					: new UnexpectedStatusException(statusCode, error, headers);
		};
	}

	private static String describe(int statusCode, ApiError error, Headers headers) {
		StringBuilder text = new StringBuilder().append("OpenAI API returned HTTP ").append(statusCode);
		if (error.type() != null) {
			text.append(" (").append(error.type());
			if (error.code() != null) {
				text.append('/').append(error.code());
			}
			text.append(')');
		}
		text.append(": ").append(error.message());
		if (error.param() != null) {
			text.append(" [param: ").append(error.param()).append(']');
		}
		String requestId = headers.first("x-request-id");
		if (requestId != null) {
			text.append(" [request id: ").append(requestId).append(']');
		}
		return text.toString();
	}

	/** @return the HTTP status code */
	public int statusCode() {
		return this.statusCode;
	}

	/** @return the OpenAI error object */
	public ApiError error() {
		return this.error;
	}

	/** @return the OpenAI error {@code type}, such as {@code invalid_request_error} */
	public @Nullable String type() {
		return this.error.type();
	}

	/** @return the OpenAI error {@code code}, such as {@code rate_limit_exceeded} */
	public @Nullable String code() {
		return this.error.code();
	}

	/** @return the request parameter the error is about */
	public @Nullable String param() {
		return this.error.param();
	}

	/** @return the {@code x-request-id} response header, to quote to OpenAI support */
	public @Nullable String requestId() {
		return this.headers.first("x-request-id");
	}

	/**
	 * The delay the server asked for before another attempt: {@code retry-after-ms} (milliseconds), else
	 * {@code retry-after} in seconds or as an HTTP date (read against the system clock). A date in the past reads as
	 * zero.
	 * @return the delay, or empty when the server sent no readable hint
	 */
	public Optional<Duration> retryAfter() {
		return retryAfter(Clock.systemUTC());
	}

	/**
	 * The delay the server asked for before another attempt, like {@link #retryAfter()}.
	 * @param clock the clock an HTTP date is read against
	 * @return the delay, or empty when the server sent no readable hint
	 */
	public Optional<Duration> retryAfter(Clock clock) {
		Double millis = number(this.headers.first("retry-after-ms"));
		if (millis == null) {
			String retryAfter = this.headers.first("retry-after");
			if (retryAfter == null || retryAfter.isBlank()) {
				return Optional.empty();
			}
			Double seconds = number(retryAfter);
			if (seconds != null) {
				millis = seconds * 1000;
			}
			else {
				try {
					ZonedDateTime date = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
					millis = (double) Duration.between(clock.instant(), date.toInstant()).toMillis();
				}
				catch (DateTimeParseException notADate) {
					return Optional.empty();
				}
			}
		}
		return Optional.of(Duration.ofMillis(Math.max(0, millis.longValue())));
	}

	private static @Nullable Double number(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			double number = Double.parseDouble(value.trim());
			return Double.isFinite(number) ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** @return the response headers, immutable and matched without regard to case */
	public Headers headers() {
		return this.headers;
	}

	/**
	 * The first value of a response header.
	 * @param name the header name, in any case
	 * @return the value, or {@code null} when the header is absent
	 */
	public @Nullable String header(String name) {
		return this.headers.first(name);
	}

	/** @return the rate limits the response reported ({@code x-ratelimit-*}) */
	public RateLimitHeaders rateLimit() {
		return RateLimitHeaders.from(this.headers);
	}

	/**
	 * Retryable statuses are 408, 409, 429 and 5xx, unless the server said {@code x-should-retry: false}; an
	 * {@code x-should-retry: true} header makes any status retryable.
	 */
	@Override
	public boolean isRetryable() {
		String shouldRetry = this.headers.first("x-should-retry");
		if ("true".equalsIgnoreCase(shouldRetry)) {
			return true;
		}
		if ("false".equalsIgnoreCase(shouldRetry)) {
			return false;
		}
		return this.statusCode == 408 || this.statusCode == 409 || this.statusCode == 429 || this.statusCode >= 500;
	}

}
