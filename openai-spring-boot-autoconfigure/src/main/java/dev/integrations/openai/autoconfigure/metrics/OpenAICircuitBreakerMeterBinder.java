package dev.integrations.openai.autoconfigure.metrics;

import java.util.Locale;
import java.util.function.Supplier;

import dev.integrations.openai.resilience.CircuitBreaker;
import dev.integrations.openai.resilience.CircuitState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

/**
 * Binds {@value #CIRCUIT_STATE}: one gauge per state ({@code closed}, {@code open}, {@code half_open}), 1 for the
 * current state and 0 for the others, read from the client's circuit breaker at each scrape.
 */
final class OpenAICircuitBreakerMeterBinder implements MeterBinder {

	static final String CIRCUIT_STATE = "openai.client.circuit.state";

	private final Supplier<@Nullable CircuitBreaker> circuitBreaker;

	OpenAICircuitBreakerMeterBinder(Supplier<@Nullable CircuitBreaker> circuitBreaker) {
		this.circuitBreaker = circuitBreaker;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (CircuitState state : CircuitState.values()) {
			Gauge.builder(CIRCUIT_STATE, this, (binder) -> binder.is(state))
				.description("State of the OpenAI circuit breaker: 1 for the current state")
				.tag("state", state.name().toLowerCase(Locale.ROOT))
				.strongReference(true)
				.register(registry);
		}
	}

	private double is(CircuitState state) {
		CircuitBreaker breaker = this.circuitBreaker.get();
		if (breaker == null) {
			return Double.NaN;
		}
		return (breaker.state() == state) ? 1 : 0;
	}

}
