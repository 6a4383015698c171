package dev.integrations.openai.common;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.integrations.openai.VirtualTime;
import dev.integrations.openai.errors.OpenAITimeoutException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PollerTest {

	private final VirtualTime time = new VirtualTime();

	private final AtomicInteger polls = new AtomicInteger();

	private Mono<String> statusAfter(int pollsUntilDone) {
		return Mono.fromSupplier(() -> (this.polls.incrementAndGet() >= pollsUntilDone) ? "done" : "running");
	}

	@Test
	void pollBlockingReturnsTheFirstTerminalValueSleepingTheIntervalBetweenPolls() {
		Poller poller = this.time.poller(Duration.ofSeconds(10));

		String result = poller.pollBlocking(() -> statusAfter(4), "done"::equals, (status) -> status,
				Duration.ofMinutes(5));

		assertThat(result).isEqualTo("done");
		assertThat(this.polls).hasValue(4);
		assertThat(this.time.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10),
				Duration.ofSeconds(10));
	}

	@Test
	void aValueThatIsAlreadyTerminalNeedsOnePollAndNoSleep() {
		StepVerifier.create(this.time.poller(Duration.ofSeconds(1))
			.poll(() -> statusAfter(1), "done"::equals, (status) -> status, Duration.ofSeconds(5)))
			.expectNext("done")
			.verifyComplete();
		assertThat(this.time.sleeps()).isEmpty();
	}

	@Test
	void timeoutFailsWithTheLastStateAfterAFinalPollAtTheDeadline() {
		Poller poller = this.time.poller(Duration.ofSeconds(20));

		assertThatThrownBy(() -> poller.pollBlocking(() -> statusAfter(100), "done"::equals,
				(status) -> "job ftjob-abc123 is still " + status, Duration.ofSeconds(50)))
			.isInstanceOfSatisfying(OpenAITimeoutException.class, (ex) -> {
				assertThat(ex).hasMessage("Gave up waiting after PT50S: job ftjob-abc123 is still running");
				assertThat(ex.timeout()).isEqualTo(Duration.ofSeconds(50));
			});
		assertThat(this.time.sleeps()).isEqualTo(List.of(Duration.ofSeconds(20), Duration.ofSeconds(20),
				Duration.ofSeconds(10)));
		assertThat(this.polls).hasValue(4);
	}

	@Test
	void reactivePollIsLazyAndRestartsItsTimeoutOnEachSubscription() {
		Mono<String> polling = this.time.poller(Duration.ofSeconds(1))
			.poll(() -> statusAfter(3), "done"::equals, (status) -> status, Duration.ofSeconds(10));
		assertThat(this.polls).hasValue(0);

		StepVerifier.create(polling).expectNext("done").verifyComplete();
		StepVerifier.create(polling).expectNext("done").verifyComplete();

		assertThat(this.polls).hasValue(4);
	}

	@Test
	void aFailedPollEndsPollingWithThatError() {
		Mono<String> failing = Mono.error(new IllegalStateException("boom"));

		StepVerifier.create(this.time.poller(Duration.ofSeconds(1))
			.poll(() -> failing, "done"::equals, (status) -> status, Duration.ofSeconds(10)))
			.expectErrorMessage("boom")
			.verify();
	}

	@Test
	void intervalMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> Poller.withInterval(Duration.ZERO))
			.withMessage("Polling interval must be positive, was PT0S");
		assertThat(Poller.defaults().interval()).isEqualTo(Poller.DEFAULT_INTERVAL);
	}

}
