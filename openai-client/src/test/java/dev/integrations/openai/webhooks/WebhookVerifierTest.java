package dev.integrations.openai.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.integrations.openai.errors.ErrorCategory;
import dev.integrations.openai.webhooks.WebhookVerificationException.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookVerifierTest {

	// The published Standard Webhooks test vector (the reference libraries' tests).
	private static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";

	private static final long VECTOR_TIMESTAMP = 1614265330;

	private static final String VECTOR_BODY = "{\"test\": 2432232314}";

	private static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

	private static final byte[] KEY = "a 32-byte key for webhook tests!".getBytes(StandardCharsets.US_ASCII);

	private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);

	private static final long NOW = 1_751_000_000L;

	private static final String BODY = """
			{"id":"evt_685343a1381c819085d44c354e1b330e","type":"response.completed","created_at":1750287018,\
			"data":{"id":"resp_abc123"},"object":"event"}""";

	private final WebhookVerifier verifier = WebhookVerifier.of(SECRET).withClock(clockAt(NOW));

	@Test
	void acceptsThePublishedStandardWebhooksTestVector() {
		WebhookVerifier vector = WebhookVerifier.of(VECTOR_SECRET).withClock(clockAt(VECTOR_TIMESTAMP));
		assertThatCode(() -> vector.verify(VECTOR_BODY, headers(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE)))
			.doesNotThrowAnyException();
	}

	@Test
	void aSignatureComputedIndependentlyWithMacIsAcceptedAndTheEventUnwrapped() throws Exception {
		WebhookEvent event = this.verifier.unwrap(BODY, headers("wh_1", NOW, "v1," + sign(KEY, "wh_1", NOW, BODY)));
		assertThat(event).isEqualTo(new ResponseCompletedEvent("evt_685343a1381c819085d44c354e1b330e", 1750287018L,
				new WebhookEventData("resp_abc123"), "event"));
	}

	@Test
	void aSecretWithoutThePrefixIsTheSameKey() throws Exception {
		WebhookVerifier unprefixed = WebhookVerifier.of(Base64.getEncoder().encodeToString(KEY))
			.withClock(clockAt(NOW));
		assertThatCode(() -> unprefixed.verify(BODY, headers("wh_1", NOW, "v1," + sign(KEY, "wh_1", NOW, BODY))))
			.doesNotThrowAnyException();
	}

	@Test
	void oneMatchingSignatureAmongSeveralSuffices() throws Exception {
		String other = Base64.getEncoder().encodeToString(new byte[32]);
		String header = "v1," + other + " v1a,c2lnbmVk  v1," + sign(KEY, "wh_1", NOW, BODY);
		assertThatCode(() -> this.verifier.verify(BODY, headers("wh_1", NOW, header))).doesNotThrowAnyException();
	}

	@Test
	void aSignatureOverAnotherBodyIsRefusedAndNothingIsParsed() throws Exception {
		String signature = "v1," + sign(KEY, "wh_1", NOW, BODY);
		assertRefused(() -> this.verifier.unwrap("not json at all", headers("wh_1", NOW, signature)),
				Reason.SIGNATURE_MISMATCH);
	}

	@Test
	void aSignatureUnderAnotherSecretIsRefused() throws Exception {
		byte[] otherKey = "another 32-byte key for the test".getBytes(StandardCharsets.US_ASCII);
		assertRefused(() -> this.verifier.verify(BODY, headers("wh_1", NOW, "v1," + sign(otherKey, "wh_1", NOW, BODY))),
				Reason.SIGNATURE_MISMATCH);
	}

	@Test
	void anotherIdOrTimestampThanSignedIsRefused() throws Exception {
		String signature = "v1," + sign(KEY, "wh_1", NOW, BODY);
		assertRefused(() -> this.verifier.verify(BODY, headers("wh_2", NOW, signature)), Reason.SIGNATURE_MISMATCH);
		assertRefused(() -> this.verifier.verify(BODY, headers("wh_1", NOW - 1, signature)), Reason.SIGNATURE_MISMATCH);
	}

	@Test
	void timestampsAtTheToleranceAreAcceptedAndOneSecondBeyondRefusedInBothDirections() throws Exception {
		long tolerance = WebhookVerifier.DEFAULT_TOLERANCE.toSeconds();
		for (long timestamp : new long[] { NOW - tolerance, NOW + tolerance }) {
			String signature = "v1," + sign(KEY, "wh_1", timestamp, BODY);
			assertThatCode(() -> this.verifier.verify(BODY, headers("wh_1", timestamp, signature)))
				.doesNotThrowAnyException();
		}
		for (long timestamp : new long[] { NOW - tolerance - 1, NOW + tolerance + 1 }) {
			String signature = "v1," + sign(KEY, "wh_1", timestamp, BODY);
			assertRefused(() -> this.verifier.verify(BODY, headers("wh_1", timestamp, signature)),
					Reason.TIMESTAMP_OUT_OF_TOLERANCE);
		}
	}

	@Test
	void theToleranceIsConfigurable() throws Exception {
		WebhookVerifier strict = this.verifier.withTolerance(Duration.ofSeconds(10));
		String late = "v1," + sign(KEY, "wh_1", NOW - 11, BODY);
		assertRefused(() -> strict.verify(BODY, headers("wh_1", NOW - 11, late)), Reason.TIMESTAMP_OUT_OF_TOLERANCE);
		WebhookVerifier lenient = this.verifier.withTolerance(Duration.ofHours(1));
		String old = "v1," + sign(KEY, "wh_1", NOW - 3000, BODY);
		assertThatCode(() -> lenient.verify(BODY, headers("wh_1", NOW - 3000, old))).doesNotThrowAnyException();
		assertThat(lenient.tolerance()).isEqualTo(Duration.ofHours(1));
		assertThatIllegalArgumentException().isThrownBy(() -> this.verifier.withTolerance(Duration.ZERO));
	}

	@Test
	void missingHeadersAreRefused() {
		assertRefused(() -> this.verifier.verify(BODY, Map.of("webhook-timestamp", "1", "webhook-signature", "v1,x")),
				Reason.MISSING_HEADER);
		assertRefused(() -> this.verifier.verify(BODY, Map.of("webhook-id", "wh_1", "webhook-signature", "v1,x")),
				Reason.MISSING_HEADER);
		assertRefused(() -> this.verifier.verify(BODY, Map.of("webhook-id", "wh_1", "webhook-timestamp", "1")),
				Reason.MISSING_HEADER);
		assertRefused(() -> this.verifier.verify(BODY, headers(" ", NOW, "v1,x")), Reason.MISSING_HEADER);
	}

	@Test
	void malformedHeadersAreRefused() throws Exception {
		String signature = "v1," + sign(KEY, "wh_1", NOW, BODY);
		assertRefused(() -> this.verifier.verify(BODY,
				Map.of("webhook-id", "wh_1", "webhook-timestamp", "2025-06-27T10:00:00Z", "webhook-signature", signature)),
				Reason.MALFORMED_HEADER);
		assertRefused(() -> this.verifier.verify(BODY, headers("wh_1", NOW, sign(KEY, "wh_1", NOW, BODY))),
				Reason.MALFORMED_HEADER);
		assertRefused(() -> this.verifier.verify(BODY, headers("wh_1", NOW, "v2,abc v1a,def")),
				Reason.MALFORMED_HEADER);
		assertRefused(() -> this.verifier.verify(BODY, headers("wh_1", NOW, "v1,***not-base64***")),
				Reason.SIGNATURE_MISMATCH);
	}

	@Test
	void headerNamesAreMatchedIgnoringCase() throws Exception {
		Map<String, String> headers = Map.of("Webhook-Id", "wh_1", "WEBHOOK-TIMESTAMP", String.valueOf(NOW),
				"Webhook-Signature", "v1," + sign(KEY, "wh_1", NOW, BODY));
		assertThat(this.verifier.unwrap(BODY, headers)).isInstanceOf(ResponseCompletedEvent.class);
	}

	@Test
	void springHttpHeadersAndRawBytesAreAccepted() throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.add("Webhook-Id", "wh_1");
		headers.add("Webhook-Timestamp", String.valueOf(NOW));
		headers.add("Webhook-Signature", "v1," + sign(KEY, "wh_1", NOW, BODY));
		assertThat(this.verifier.unwrap(BODY.getBytes(StandardCharsets.UTF_8), headers).id())
			.isEqualTo("evt_685343a1381c819085d44c354e1b330e");
		headers.set("Webhook-Signature", "v1," + Base64.getEncoder().encodeToString(new byte[32]));
		assertRefused(() -> this.verifier.verify(BODY.getBytes(StandardCharsets.UTF_8), headers),
				Reason.SIGNATURE_MISMATCH);
	}

	@Test
	void aVerifiedBodyThatIsNoJsonEventIsRefusedAsMalformedPayload() throws Exception {
		String body = "[not an event";
		assertRefused(() -> this.verifier.unwrap(body, headers("wh_1", NOW, "v1," + sign(KEY, "wh_1", NOW, body))),
				Reason.MALFORMED_PAYLOAD);
	}

	@Test
	void unusableSecretsAreRefusedWithoutEchoingThem() {
		for (String secret : new String[] { "", "   ", "whsec_", "whsec_not*base64!secret-value" }) {
			assertThatThrownBy(() -> WebhookVerifier.of(secret)).isInstanceOfSatisfying(
					WebhookVerificationException.class, (ex) -> {
						assertThat(ex.reason()).isEqualTo(Reason.INVALID_SECRET);
						assertThat(ex.getMessage()).doesNotContain("not*base64!secret-value");
					});
		}
	}

	@Test
	void neitherTheSecretNorTheSignatureAppearsInMessagesOrToString() throws Exception {
		String signature = sign(KEY, "wh_1", NOW, BODY);
		assertThatThrownBy(() -> this.verifier.verify("tampered", headers("wh_1", NOW, "v1," + signature)))
			.isInstanceOfSatisfying(WebhookVerificationException.class, (ex) -> {
				assertThat(ex.category()).isEqualTo(ErrorCategory.VALIDATION);
				assertThat(ex.isRetryable()).isFalse();
				assertThat(ex.getMessage()).doesNotContain(SECRET.substring(6)).doesNotContain(signature);
			});
		assertThat(this.verifier.toString()).isEqualTo("WebhookVerifier[tolerance=PT5M]");
	}

	static String sign(byte[] key, String id, long timestamp, String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(signature);
	}

	private static Map<String, String> headers(String id, long timestamp, String signature) {
		return Map.of("webhook-id", id, "webhook-timestamp", String.valueOf(timestamp), "webhook-signature",
				signature);
	}

	private static Clock clockAt(long epochSecond) {
		return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
		assertThatThrownBy(call).isInstanceOfSatisfying(WebhookVerificationException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

}
