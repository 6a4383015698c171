package dev.integrations.openai.samples.chat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's counts of calls by outcome: a cancelled call (the browser went away mid-stream) is counted apart,
 * never as a failure.
 */
class MetricsSnapshotTests {

	private static void calls(MeterRegistry registry, String outcome, int count) {
		registry.counter(MetricsSnapshot.CALLS, MetricsSnapshot.CLIENT_NAME, "default", "operation", "chat.completions.create",
				"outcome", outcome)
			.increment(count);
	}

	@Test
	void cancelledCallsAreCountedApartFromFailedOnes() {
		MeterRegistry registry = new SimpleMeterRegistry();
		calls(registry, "success", 7);
		calls(registry, "cancelled", 3);
		calls(registry, "rate_limit", 2);
		calls(registry, "server_error", 1);

		MetricsSnapshot snapshot = MetricsSnapshot.of(registry, "default", 1_733_490_000_000L);

		assertThat(snapshot.calls()).isEqualTo(13);
		assertThat(snapshot.failedCalls()).isEqualTo(3);
		assertThat(snapshot.cancelledCalls()).isEqualTo(3);
	}

	@Test
	void noCallsMeansNothingFailedOrCancelled() {
		MetricsSnapshot snapshot = MetricsSnapshot.of(new SimpleMeterRegistry(), "default", 1_733_490_000_000L);

		assertThat(snapshot.calls()).isZero();
		assertThat(snapshot.failedCalls()).isZero();
		assertThat(snapshot.cancelledCalls()).isZero();
	}

}
