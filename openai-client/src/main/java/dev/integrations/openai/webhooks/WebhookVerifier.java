package dev.integrations.openai.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.integrations.openai.transport.OpenAIJson;
import dev.integrations.openai.webhooks.WebhookVerificationException.Reason;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;

/**
 * Verifies webhook deliveries signed with the Standard Webhooks scheme OpenAI uses: the {@code webhook-signature}
 * header holds one or more space-separated {@code v1,<base64>} entries, each a candidate HMAC-SHA256 of
 * {@code <webhook-id>.<webhook-timestamp>.<body>} under the base64 secret that follows {@code whsec_}. A delivery is
 * accepted when one entry matches (compared in constant time) and its timestamp is within the tolerance of the
 * clock, five minutes by default, in either direction. Immutable and thread-safe.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.of(System.getenv("OPENAI_WEBHOOK_SECRET"));
 * WebhookEvent event = verifier.unwrap(body, headers);
 * if (event instanceof ResponseCompletedEvent completed) { ... completed.data().id() ... }
 * }</pre>
 */
public final class WebhookVerifier {

	/** The tolerance between the delivery's timestamp and the clock unless configured otherwise. */
	public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

	/** The header with the unique ID of a delivery, the same on every redelivery. */
	public static final String ID_HEADER = "webhook-id";

	/** The header with the Unix time, in seconds, when the delivery was signed. */
	public static final String TIMESTAMP_HEADER = "webhook-timestamp";

	/** The header with the space-separated {@code v1,<base64>} signatures. */
	public static final String SIGNATURE_HEADER = "webhook-signature";

	private static final String SECRET_PREFIX = "whsec_";

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	private final Duration tolerance;

	private final Clock clock;

	private WebhookVerifier(SecretKeySpec key, Duration tolerance, Clock clock) {
		this.key = key;
		this.tolerance = tolerance;
		this.clock = clock;
	}

	/**
	 * A verifier for a secret, with the default tolerance and the system clock.
	 * @param secret the signing secret, {@code whsec_} followed by base64 (the prefix may be left out)
	 * @return the verifier
	 * @throws WebhookVerificationException with {@link Reason#INVALID_SECRET} when the secret is blank or not base64
	 */
	public static WebhookVerifier of(String secret) {
		return new WebhookVerifier(new SecretKeySpec(decodeSecret(secret), ALGORITHM), DEFAULT_TOLERANCE,
				Clock.systemUTC());
	}

	/**
	 * A copy of this verifier with another tolerance.
	 * @param tolerance how far the delivery's timestamp may be from the clock, in the past or the future; positive
	 * @return the new verifier
	 */
	public WebhookVerifier withTolerance(Duration tolerance) {
		Objects.requireNonNull(tolerance, "tolerance");
		if (tolerance.isNegative() || tolerance.isZero()) {
			throw new IllegalArgumentException("tolerance must be positive, was " + tolerance);
		}
		return new WebhookVerifier(this.key, tolerance, this.clock);
	}

	/**
	 * A copy of this verifier that reads the time from another clock.
	 * @param clock the clock
	 * @return the new verifier
	 */
	public WebhookVerifier withClock(Clock clock) {
		return new WebhookVerifier(this.key, this.tolerance, Objects.requireNonNull(clock, "clock"));
	}

	/** @return how far a delivery's timestamp may be from the clock */
	public Duration tolerance() {
		return this.tolerance;
	}

	/**
	 * Verifies a delivery.
	 * @param body the raw body, exactly as received (decoded as UTF-8 by the caller)
	 * @param headers the request headers; names are matched ignoring case
	 * @throws WebhookVerificationException when the delivery is not authentic or not fresh
	 */
	public void verify(String body, Map<String, String> headers) {
		verify(body.getBytes(StandardCharsets.UTF_8), (name) -> headerIgnoringCase(headers, name));
	}

	/**
	 * Verifies a delivery.
	 * @param body the raw body bytes, exactly as received
	 * @param headers the request headers
	 * @throws WebhookVerificationException when the delivery is not authentic or not fresh
	 */
	public void verify(byte[] body, HttpHeaders headers) {
		verify(body, (name) -> {
			List<String> values = headers.get(name);
			return (values == null || values.isEmpty()) ? null : String.join(" ", values);
		});
	}

	/**
	 * Verifies a delivery, then reads its event.
	 * @param body the raw body, exactly as received (decoded as UTF-8 by the caller)
	 * @param headers the request headers; names are matched ignoring case
	 * @return the event, {@link WebhookEvent.Unknown} for a type this client does not know
	 * @throws WebhookVerificationException when the delivery is not authentic or not fresh, or the body no event
	 */
	public WebhookEvent unwrap(String body, Map<String, String> headers) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		verify(bytes, (name) -> headerIgnoringCase(headers, name));
		return parse(bytes);
	}

	/**
	 * Verifies a delivery, then reads its event.
	 * @param body the raw body bytes, exactly as received
	 * @param headers the request headers
	 * @return the event, {@link WebhookEvent.Unknown} for a type this client does not know
	 * @throws WebhookVerificationException when the delivery is not authentic or not fresh, or the body no event
	 */
	public WebhookEvent unwrap(byte[] body, HttpHeaders headers) {
		verify(body, headers);
		return parse(body);
	}

	@Override
	public String toString() {
		return "WebhookVerifier[tolerance=" + this.tolerance + "]";
	}

	private void verify(byte[] body, Function<String, @Nullable String> headers) {
		String id = requiredHeader(headers, ID_HEADER);
		String timestamp = requiredHeader(headers, TIMESTAMP_HEADER);
		String signatures = requiredHeader(headers, SIGNATURE_HEADER);
		checkTimestamp(timestamp);
		byte[] expected = sign(id, timestamp, body);
		boolean anyV1 = false;
		for (String entry : signatures.trim().split("\\s+")) {
			if (!entry.startsWith("v1,")) {
				continue;
			}
			anyV1 = true;
			byte[] candidate = decodeSignature(entry.substring(3));
			if (candidate != null && MessageDigest.isEqual(expected, candidate)) {
				return;
			}
		}
		if (!anyV1) {
			throw new WebhookVerificationException(Reason.MALFORMED_HEADER,
					"The " + SIGNATURE_HEADER + " header holds no v1 signature");
		}
		throw new WebhookVerificationException(Reason.SIGNATURE_MISMATCH,
				"No signature of the webhook matches the secret");
	}

	private void checkTimestamp(String timestamp) {
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.trim());
		}
		catch (NumberFormatException ex) {
			throw new WebhookVerificationException(Reason.MALFORMED_HEADER,
					"The " + TIMESTAMP_HEADER + " header is no Unix time in seconds");
		}
		long now = this.clock.instant().getEpochSecond();
		if (Math.abs(now - seconds) > this.tolerance.getSeconds()) {
			throw new WebhookVerificationException(Reason.TIMESTAMP_OUT_OF_TOLERANCE, "The " + TIMESTAMP_HEADER
					+ " " + seconds + " is more than " + this.tolerance + " away from the clock's " + now);
		}
	}

	private byte[] sign(String id, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}

	private static WebhookEvent parse(byte[] body) {
		try {
			return OpenAIJson.mapper().readValue(body, WebhookEvent.class);
		}
		catch (JacksonException ex) {
			throw new WebhookVerificationException(Reason.MALFORMED_PAYLOAD,
					"The verified webhook body is no JSON event: " + ex.getOriginalMessage());
		}
	}

	private static String requiredHeader(Function<String, @Nullable String> headers, String name) {
		String value = headers.apply(name);
		if (value == null || value.isBlank()) {
			throw new WebhookVerificationException(Reason.MISSING_HEADER, "The " + name + " header is missing");
		}
		return value;
	}

	private static @Nullable String headerIgnoringCase(Map<String, String> headers, String name) {
		String value = headers.get(name);
		if (value != null) {
			return value;
		}
		for (Map.Entry<String, String> header : headers.entrySet()) {
			if (name.equalsIgnoreCase(header.getKey())) {
				return header.getValue();
			}
		}
		return null;
	}

	private static byte @Nullable [] decodeSignature(String base64) {
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static byte[] decodeSecret(@Nullable String secret) {
		if (secret == null || secret.isBlank()) {
			throw new WebhookVerificationException(Reason.INVALID_SECRET, "The webhook secret is blank");
		}
		String base64 = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
		try {
			byte[] key = Base64.getDecoder().decode(base64.trim());
			if (key.length == 0) {
				throw new IllegalArgumentException("empty");
			}
			return key;
		}
		catch (IllegalArgumentException ex) {
			throw new WebhookVerificationException(Reason.INVALID_SECRET,
					"The webhook secret is not base64 after its optional " + SECRET_PREFIX + " prefix");
		}
	}

}
