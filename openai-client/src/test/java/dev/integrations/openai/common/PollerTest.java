package dev.integrations.openai.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.integrations.openai.VirtualTime;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PollerTest {

	private final VirtualTime time = new VirtualTime();

	private final AtomicInteger polls = new AtomicInteger();

	private Mono<String> statusAfter(int pollsUntilDone) {
		return Mono.fromSupplier(() -> (this.polls.incrementAndGet() >= pollsUntilDone) ? "done" : "running");
	}

	@Test
	void pollBlockingReturnsTheFirstTerminalValueSleepingTheIntervalBetweenPolls() {
		Poller poller = this.time.poller(Duration.ofSeconds(10), Duration.ofMinutes(5));

		String result = poller.pollBlocking(() -> statusAfter(4), "done"::equals, (status) -> status);

		assertThat(result).isEqualTo("done");
		assertThat(this.polls).hasValue(4);
		assertThat(this.time.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10),
				Duration.ofSeconds(10));
	}

	@Test
	void aValueThatIsAlreadyTerminalNeedsOnePollAndNoSleep() {
		StepVerifier.create(this.time.poller(Duration.ofSeconds(1), Duration.ofSeconds(5))
			.poll(() -> statusAfter(1), "done"::equals, (status) -> status))
			.expectNext("done")
			.verifyComplete();
		assertThat(this.time.sleeps()).isEmpty();
	}

	@Test
	void timeoutFailsWithTheLastStateAfterAFinalPollAtTheDeadline() {
		Poller poller = this.time.poller(Duration.ofSeconds(20), Duration.ofSeconds(50));

		assertThatThrownBy(() -> poller.pollBlocking(() -> statusAfter(100), "done"::equals,
				(status) -> "job ftjob-abc123 is still " + status))
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
		Mono<String> polling = this.time.poller(Duration.ofSeconds(1), Duration.ofSeconds(10))
			.poll(() -> statusAfter(3), "done"::equals, (status) -> status);
		assertThat(this.polls).hasValue(0);

		StepVerifier.create(polling).expectNext("done").verifyComplete();
		StepVerifier.create(polling).expectNext("done").verifyComplete();

		assertThat(this.polls).hasValue(4);
	}

	@Test
	void aFailedPollEndsPollingWithThatError() {
		Mono<String> failing = Mono.error(new IllegalStateException("boom"));

		StepVerifier.create(this.time.poller(Duration.ofSeconds(1), Duration.ofSeconds(10))
			.poll(() -> failing, "done"::equals, (status) -> status))
			.expectErrorMessage("boom")
			.verify();
	}

	@Test
	void pollingFromAFirstStateDerivesEachPollFromTheStateBefore() {
		List<String> asked = new ArrayList<>();
		Poller poller = this.time.poller(Duration.ofSeconds(2), Duration.ofMinutes(1));

		String result = poller.pollBlocking(Mono.just("run-1"), (last) -> {
			asked.add(last);
			return Mono.just((asked.size() < 3) ? "run-" + (asked.size() + 1) : "done");
		}, "done"::equals, (state) -> state);

		assertThat(result).isEqualTo("done");
		assertThat(asked).containsExactly("run-1", "run-2", "run-3");
		assertThat(this.time.sleeps()).hasSize(3).allMatch(Duration.ofSeconds(2)::equals);
	}

	@Test
	void aZeroTimeoutChecksOnceAndGivesUp() {
		assertThatThrownBy(() -> this.time.poller(Duration.ofSeconds(1), Duration.ZERO)
			.pollBlocking(() -> statusAfter(2), "done"::equals, (status) -> "run run_abc123 is still " + status))
			.isInstanceOf(OpenAITimeoutException.class)
			.hasMessage("Gave up waiting after PT0S: run run_abc123 is still running");
		assertThat(this.polls).hasValue(1);
		assertThat(this.time.sleeps()).isEmpty();
	}

	@Test
	void intervalMustBePositiveAndTimeoutNotNegative() {
		assertThatThrownBy(() -> Poller.of(Duration.ZERO, Duration.ofMinutes(1)))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("interval"))
			.hasMessage("interval must be positive, was PT0S");
		assertThatThrownBy(() -> Poller.defaults().withInterval(Duration.ofSeconds(-1)))
			.hasMessage("interval must be positive, was PT-1S");
		assertThatThrownBy(() -> Poller.defaults().withTimeout(Duration.ofSeconds(-1)))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("timeout"))
			.hasMessage("timeout must not be negative, was PT-1S");
	}

	@Test
	void defaultsCheckEverySecondForTenMinutesAndCopiesChangeOneSetting() {
		Poller defaults = Poller.defaults();
		Poller copy = defaults.withInterval(Duration.ofSeconds(30)).withTimeout(Duration.ofHours(24));

		assertThat(defaults.interval()).isEqualTo(Poller.DEFAULT_INTERVAL).isEqualTo(Duration.ofSeconds(1));
		assertThat(defaults.timeout()).isEqualTo(Poller.DEFAULT_TIMEOUT).isEqualTo(Duration.ofMinutes(10));
		assertThat(copy).hasToString("Poller[interval=PT30S, timeout=PT24H]");
		assertThat(defaults).hasToString("Poller[interval=PT1S, timeout=PT10M]");
	}

}
