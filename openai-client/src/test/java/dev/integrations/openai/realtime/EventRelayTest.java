package dev.integrations.openai.realtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay between a session's socket and its subscribers: bounded read-ahead, one more read per element taken,
 * nothing lost between subscribers, the end seen by a late subscriber.
 */
class EventRelayTest {

	private static final Duration AWAIT = Duration.ofSeconds(10);

	@Test
	void readsOnlyThePrefetchAheadAndOneMorePerElementTaken() {
		List<Long> requests = new CopyOnWriteArrayList<>();
		EventRelay<Integer> relay = new EventRelay<>(Flux.range(1, 1_000).doOnRequest(requests::add), 4);

		assertThat(requests).containsExactly(4L);
		StepVerifier.create(relay.flux(), 0)
			.thenRequest(2)
			.expectNext(1, 2)
			.then(() -> assertThat(requests).containsExactly(4L, 1L, 1L))
			.thenCancel()
			.verify(AWAIT);
	}

	@Test
	void elementsLeftByOneSubscriberGoToTheNextAndALateSubscriberSeesTheEnd() {
		EventRelay<Integer> relay = new EventRelay<>(Flux.range(1, 5), 8);

		StepVerifier.create(relay.flux().take(2)).expectNext(1, 2).expectComplete().verify(AWAIT);
		StepVerifier.create(relay.flux()).expectNext(3, 4, 5).expectComplete().verify(AWAIT);
		StepVerifier.create(relay.flux()).expectComplete().verify(AWAIT);
	}

	@Test
	void theSourceErrorReachesTheSubscriberAfterTheElementsBeforeIt() {
		EventRelay<Integer> relay = new EventRelay<>(
				Flux.just(1, 2).concatWith(Flux.error(new IllegalStateException("socket reset"))), 8);

		StepVerifier.create(relay.flux()).expectNext(1, 2).expectErrorMessage("socket reset").verify(AWAIT);
		StepVerifier.create(relay.flux()).expectErrorMessage("socket reset").verify(AWAIT);
	}

}
