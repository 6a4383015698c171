package dev.integrations.openai.autoconfigure.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.integrations.openai.autoconfigure.webhook.RecentDeliveries.Claim;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecentDeliveriesTests {

	private final MutableClock clock = new MutableClock();

	private final RecentDeliveries deliveries = new RecentDeliveries(2, Duration.ofMinutes(5), this.clock);

	@Test
	void aDeliveredIdIsADuplicateUntilTheWindowEnds() {
		assertThat(this.deliveries.claim("wh_1")).isEqualTo(Claim.NEW);
		this.deliveries.delivered("wh_1");
		this.clock.advance(Duration.ofMinutes(5).minusMillis(1));
		assertThat(this.deliveries.claim("wh_1")).isEqualTo(Claim.DELIVERED);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(this.deliveries.claim("wh_1")).isEqualTo(Claim.NEW);
	}

	@Test
	void anIdBeingDeliveredIsInFlightAndNewAgainOnceItFailed() {
		assertThat(this.deliveries.claim("wh_1")).isEqualTo(Claim.NEW);
		assertThat(this.deliveries.claim("wh_1")).isEqualTo(Claim.IN_FLIGHT);
		this.deliveries.failed("wh_1");
		assertThat(this.deliveries.claim("wh_1")).isEqualTo(Claim.NEW);
	}

	@Test
	void beyondTheCapacityTheOldestDeliveredIdIsForgotten() {
		for (String id : new String[] { "wh_1", "wh_2", "wh_3" }) {
			assertThat(this.deliveries.claim(id)).isEqualTo(Claim.NEW);
			this.deliveries.delivered(id);
		}
		assertThat(this.deliveries.claim("wh_3")).isEqualTo(Claim.DELIVERED);
		assertThat(this.deliveries.claim("wh_2")).isEqualTo(Claim.DELIVERED);
		assertThat(this.deliveries.claim("wh_1")).isEqualTo(Claim.NEW);
	}

	@Test
	void theCapacityMustBePositive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RecentDeliveries(0, Duration.ofMinutes(5), Clock.systemUTC()))
			.withMessageContaining("openai.webhook.deduplication-capacity");
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2025-06-27T10:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
