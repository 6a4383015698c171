package dev.integrations.openai.autoconfigure.metrics;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.integrations.openai.resilience.CircuitBreaker;
import dev.integrations.openai.resilience.CircuitState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

/**
 * Binds {@value #CIRCUIT_STATE}: per client ({@code openai.client.name}) one gauge per state ({@code closed},
 * {@code open}, {@code half_open}), 1 for the current state and 0 for the others, read from the client's circuit
 * breaker at each scrape.
 */
final class OpenAICircuitBreakerMeterBinder implements MeterBinder {

	static final String CIRCUIT_STATE = "openai.client.circuit.state";

	private final Supplier<Map<String, Supplier<@Nullable CircuitBreaker>>> circuitBreakers;

	/**
	 * @param circuitBreakers the circuit breaker of each client by name, asked for when the binder is bound (after
	 * every client bean is defined); each breaker is read at each scrape
	 */
	OpenAICircuitBreakerMeterBinder(Supplier<Map<String, Supplier<@Nullable CircuitBreaker>>> circuitBreakers) {
		this.circuitBreakers = circuitBreakers;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		new LinkedHashMap<>(this.circuitBreakers.get()).forEach((client, breaker) -> {
			for (CircuitState state : CircuitState.values()) {
				Gauge.builder(CIRCUIT_STATE, breaker, (supplier) -> is(supplier.get(), state))
					.description("State of the OpenAI circuit breaker: 1 for the current state")
					.tags(GenAiAttributes.CLIENT_NAME, client, "state", state.name().toLowerCase(Locale.ROOT))
					.strongReference(true)
					.register(registry);
			}
		});
	}

	private static double is(@Nullable CircuitBreaker breaker, CircuitState state) {
		if (breaker == null) {
			return Double.NaN;
		}
		return (breaker.state() == state) ? 1 : 0;
	}

}
