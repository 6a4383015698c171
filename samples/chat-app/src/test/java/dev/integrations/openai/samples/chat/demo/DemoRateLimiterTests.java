package dev.integrations.openai.samples.chat.demo;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRateLimiterTests {

	private final AtomicLong nanos = new AtomicLong();

	private final DemoRateLimiter limiter = new DemoRateLimiter(500, 10_000, this.nanos::get);

	@Test
	void headroomShrinksWithEachRequestAndRecoversOnceAMinutePassed() {
		this.limiter.acquire(1_000);
		advance(Duration.ofSeconds(20));
		DemoRateLimiter.Remaining second = this.limiter.acquire(2_000);
		assertThat(second.requests()).isEqualTo(498);
		assertThat(second.tokens()).isEqualTo(7_000);
		assertThat(second.resetRequests()).isEqualTo("40000ms");

		advance(Duration.ofSeconds(45));
		DemoRateLimiter.Remaining third = this.limiter.acquire(500);

		assertThat(third.requests()).isEqualTo(498);
		assertThat(third.tokens()).isEqualTo(7_500);
		assertThat(third.resetTokens()).isEqualTo("15000ms");
	}

	private void advance(Duration duration) {
		this.nanos.addAndGet(duration.toNanos());
	}

}
