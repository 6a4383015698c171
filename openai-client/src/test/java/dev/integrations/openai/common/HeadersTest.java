package dev.integrations.openai.common;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeadersTest {

	private final Headers headers = Headers.of(Map.of("X-Request-Id", List.of("req_7c1b2f"), "set-cookie",
			List.of("__cf_bm=secret-one", "_cfuvid=secret-two")));

	@Test
	void namesMatchWithoutRegardToCaseAndKeepTheirValuesInOrder() {
		assertThat(this.headers.first("x-request-id")).isEqualTo("req_7c1b2f");
		assertThat(this.headers.first("X-REQUEST-ID")).isEqualTo("req_7c1b2f");
		assertThat(this.headers.all("Set-Cookie")).containsExactly("__cf_bm=secret-one", "_cfuvid=secret-two");
		assertThat(this.headers.first("openai-processing-ms")).isNull();
		assertThat(this.headers.all("openai-processing-ms")).isEmpty();
		assertThat(this.headers.names()).containsExactlyInAnyOrder("X-Request-Id", "set-cookie");
		assertThat(this.headers.asMap()).containsEntry("X-Request-Id", List.of("req_7c1b2f"));
	}

	@Test
	void valuesOfNamesDifferingOnlyInCaseAreJoined() {
		Headers joined = Headers.of(new LinkedHashMap<>(
				Map.of("Vary", List.of("Origin"), "vary", List.of("Accept-Encoding"))));

		assertThat(joined.all("VARY")).containsExactlyInAnyOrder("Origin", "Accept-Encoding");
		assertThat(joined.names()).hasSize(1);
	}

	@Test
	void isImmutableAndItsTextNamesNoValue() {
		assertThat(this.headers.toString()).contains("set-cookie").doesNotContain("secret");
		assertThatThrownBy(() -> this.headers.asMap().put("x", List.of("y")))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> this.headers.all("set-cookie").add("z"))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void rateLimitHeadersAreParsedWithOpenAIsDurations() {
		Headers limits = Headers.of(Map.of("x-ratelimit-limit-requests", List.of("10000"),
				"x-ratelimit-remaining-requests", List.of("9999"), "x-ratelimit-reset-requests", List.of("6m0s"),
				"x-ratelimit-limit-tokens", List.of("30000000"), "x-ratelimit-remaining-tokens",
				List.of("29999990"), "x-ratelimit-reset-tokens", List.of("20ms")));

		assertThat(limits.rateLimit()).isEqualTo(new RateLimitHeaders(10000L, 9999L, Duration.ofMinutes(6), 30000000L,
				29999990L, Duration.ofMillis(20)));
	}

	@Test
	void durationsOfEveryShapeOpenAISendsAreRead() {
		assertThat(RateLimitHeaders.duration("1s")).isEqualTo(Duration.ofSeconds(1));
		assertThat(RateLimitHeaders.duration("20ms")).isEqualTo(Duration.ofMillis(20));
		assertThat(RateLimitHeaders.duration("6m0s")).isEqualTo(Duration.ofMinutes(6));
		assertThat(RateLimitHeaders.duration("1h2m3.5s")).isEqualTo(Duration.ofMillis(3_723_500));
		assertThat(RateLimitHeaders.duration("0.5s")).isEqualTo(Duration.ofMillis(500));
		assertThat(RateLimitHeaders.duration("2")).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void unreadableOrMissingRateLimitValuesAreNull() {
		assertThat(RateLimitHeaders.duration("soon")).isNull();
		assertThat(RateLimitHeaders.duration("5s later")).isNull();
		assertThat(RateLimitHeaders.duration("")).isNull();
		RateLimitHeaders none = Headers.of(Map.of("x-ratelimit-limit-requests", List.of("lots"))).rateLimit();
		assertThat(none).isEqualTo(new RateLimitHeaders(null, null, null, null, null, null));
	}

}
