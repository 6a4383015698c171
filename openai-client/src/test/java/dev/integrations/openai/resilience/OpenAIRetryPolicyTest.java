package dev.integrations.openai.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.integrations.openai.common.Headers;
import dev.integrations.openai.errors.ApiError;
import dev.integrations.openai.errors.OpenAIApiException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAIRetryPolicyTest {

	private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	private final OpenAIRetryPolicy policy = new OpenAIRetryPolicy(
			new RetrySettings(3, Duration.ofMillis(500), Duration.ofSeconds(60), 2.0, 0.0),
			Clock.fixed(NOW, ZoneOffset.UTC));

	private static OpenAIApiException status(int status, String... headerPairs) {
		HttpHeaders headers = new HttpHeaders();
		for (int i = 0; i < headerPairs.length; i += 2) {
			headers.add(headerPairs[i], headerPairs[i + 1]);
		}
		return OpenAIApiException.of(status, new ApiError("failed", null, null, null), Headers.of(headers.asMultiValueMap()));
	}

	@Test
	void retriesTheRetryableStatusesOnly() {
		assertThat(java.util.List.of(408, 409, 429, 500, 502, 503, 504))
			.allSatisfy((code) -> assertThat(this.policy.shouldRetry(status(code))).as("status %d", code).isTrue());
		assertThat(java.util.List.of(400, 401, 403, 404, 413, 422))
			.allSatisfy((code) -> assertThat(this.policy.shouldRetry(status(code))).as("status %d", code).isFalse());
		assertThat(this.policy.shouldRetry(new OpenAIConnectionException("reset", new java.io.IOException()))).isTrue();
		assertThat(this.policy.shouldRetry(new OpenAIValidationException("model", "model is required"))).isFalse();
		assertThat(this.policy.shouldRetry(new IllegalStateException())).isFalse();
	}

	@Test
	void backOffGrowsExponentiallyUpToTheRetryLimit() {
		CallRetryPolicy call = this.policy.newCall();
		call.shouldRetry(status(500));

		assertThat(call.nextDelayMillis()).isEqualTo(500);
		assertThat(call.nextDelayMillis()).isEqualTo(1000);
		assertThat(call.nextDelayMillis()).isEqualTo(2000);
		assertThat(call.nextDelayMillis()).isEqualTo(BackOffExecution.STOP);
	}

	@Test
	void jitterKeepsDelaysNearTheBackOff() {
		OpenAIRetryPolicy jittered = new OpenAIRetryPolicy(
				new RetrySettings(1, Duration.ofMillis(1000), Duration.ofSeconds(60), 2.0, 0.25), Clock.systemUTC());
		for (int i = 0; i < 50; i++) {
			CallRetryPolicy call = jittered.newCall();
			call.shouldRetry(status(503));
			assertThat(call.nextDelayMillis()).isBetween(750L, 1250L);
		}
	}

	@Test
	void serverHintsReplaceTheBackOff() {
		assertThat(this.policy.delayMillis(status(429, "retry-after-ms", "1234"), 500)).isEqualTo(1234);
		assertThat(this.policy.delayMillis(status(429, "retry-after", "3"), 500)).isEqualTo(3000);
		assertThat(this.policy.delayMillis(status(429, "retry-after", "1.5"), 500)).isEqualTo(1500);
		assertThat(this.policy.delayMillis(status(503, "retry-after", "Wed, 25 Nov 2026 12:00:09 GMT"), 500))
			.isEqualTo(9000);
	}

	@Test
	void retryAfterMsWinsOverRetryAfter() {
		assertThat(this.policy.delayMillis(status(429, "retry-after-ms", "250", "retry-after", "9"), 500))
			.isEqualTo(250);
	}

	@Test
	void hintsAreCappedByTheMaximumBackOffAndNeverNegative() {
		assertThat(this.policy.delayMillis(status(429, "retry-after", "3600"), 500)).isEqualTo(60_000);
		assertThat(this.policy.delayMillis(status(503, "retry-after", "Wed, 25 Nov 2026 11:59:00 GMT"), 500))
			.isZero();
	}

	@Test
	void unparseableHintsFallBackToTheBackOff() {
		assertThat(this.policy.delayMillis(status(429, "retry-after", "soon"), 500)).isEqualTo(500);
		assertThat(this.policy.delayMillis(status(503), 800)).isEqualTo(800);
	}

	@Test
	void hintsLongerThanTheMaximumBackOffAreNotRetried() {
		assertThat(this.policy.shouldRetry(status(429, "retry-after", "60"))).isTrue();
		assertThat(this.policy.shouldRetry(status(429, "retry-after", "61"))).isFalse();
		assertThat(this.policy.shouldRetry(status(429, "retry-after-ms", "60001"))).isFalse();
		assertThat(this.policy.shouldRetry(status(503, "retry-after", "Wed, 25 Nov 2026 12:01:01 GMT"))).isFalse();
		assertThat(this.policy.shouldRetry(status(503, "retry-after", "Wed, 25 Nov 2026 12:01:00 GMT"))).isTrue();
		assertThat(this.policy.shouldRetry(status(429, "retry-after", "soon"))).isTrue();
	}

	@Test
	void retryAfterReadsMillisecondsSecondsAndDates() {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		assertThat(status(429, "retry-after-ms", "1234.9").retryAfter(clock)).contains(Duration.ofMillis(1234));
		assertThat(status(429, "retry-after-ms", "250", "retry-after", "9").retryAfter(clock))
			.contains(Duration.ofMillis(250));
		assertThat(status(429, "retry-after", "1.5").retryAfter(clock)).contains(Duration.ofMillis(1500));
		assertThat(status(503, "retry-after", "Wed, 25 Nov 2026 12:00:09 GMT").retryAfter(clock))
			.contains(Duration.ofSeconds(9));
		assertThat(status(503, "retry-after", "Wed, 25 Nov 2026 11:59:00 GMT").retryAfter(clock))
			.contains(Duration.ZERO);
		assertThat(status(429, "retry-after", "soon").retryAfter(clock)).isEmpty();
		assertThat(status(429, "retry-after-ms", "NaN").retryAfter(clock)).isEmpty();
		assertThat(status(429).retryAfter()).isEmpty();
	}

}
