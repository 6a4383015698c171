package dev.integrations.openai.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.integrations.openai.errors.ApiError;
import dev.integrations.openai.errors.OpenAIStreamException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlockingStreamTest {

	private static final OpenAIStreamException FAILURE = new OpenAIStreamException(
			new ApiError("Rate limit reached", "rate_limit_error", null, null));

	@Test
	void elementsThatArrivedBeforeAnErrorAreAllDeliveredFirst() {
		Sinks.Many<String> sink = Sinks.many().unicast().onBackpressureBuffer();
		sink.tryEmitNext("Hel");
		sink.tryEmitNext("lo");
		sink.tryEmitError(FAILURE);
		List<String> seen = new ArrayList<>();

		try (BlockingStream<String> stream = BlockingStream.of(sink.asFlux())) {
			Iterator<String> iterator = stream.iterator();
			seen.add(iterator.next());
			seen.add(iterator.next());
			assertThatThrownBy(iterator::hasNext).isSameAs(FAILURE);
		}
		assertThat(seen).containsExactly("Hel", "lo");
	}

	@Test
	void completesAfterTheLastElement() {
		try (BlockingStream<Integer> stream = BlockingStream.of(Flux.range(1, 40))) {
			assertThat(stream.stream()).hasSize(40);
		}
	}

	@Test
	void closingEarlyCancelsTheSource() {
		AtomicBoolean cancelled = new AtomicBoolean();
		try (BlockingStream<Long> stream = BlockingStream.of(Flux.interval(java.time.Duration.ofMillis(1))
			.doOnCancel(() -> cancelled.set(true)))) {
			assertThat(stream.iterator().next()).isZero();
		}
		assertThat(cancelled).isTrue();
	}

}
