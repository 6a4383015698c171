package dev.integrations.openai.autoconfigure.metrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.integrations.openai.autoconfigure.OpenAIAutoConfiguration;
import dev.integrations.openai.autoconfigure.OpenAIClientBuilderCustomizer;
import dev.integrations.openai.autoconfigure.OpenAIClients;
import dev.integrations.openai.autoconfigure.PerClientHook;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.resilience.CircuitBreaker;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of OpenAI metrics and
 * observations: an {@link OpenAIObservationHook} when there is an {@link ObservationRegistry} (and a client builder
 * customizer that gives the registry to the WebClient of every client, so that its {@code http.client.requests}
 * observation of each attempt nests under the call's observation), an
 * {@link OpenAIMeterHook} and the circuit breaker gauges when there is a {@link MeterRegistry}, and the
 * OpenTelemetry GenAI histogram buckets of {@code gen_ai.client.operation.duration} and
 * {@code gen_ai.client.token.usage}. Both hooks join the auto-configured orchestrator as
 * {@link dev.integrations.openai.resilience.ClientHook} beans; an orchestrator the application defines itself keeps
 * them too, since the client bean attaches every hook bean its orchestrator lacks. Every meter and observation is
 * tagged {@code openai.client.name}: {@code default} for the top-level client, the key of
 * {@code openai.clients.<name>} for a named one ({@link PerClientHook}).
 */
@AutoConfiguration(after = OpenAIAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass({ OpenAIClient.class, MeterRegistry.class, ObservationRegistry.class })
@ConditionalOnBooleanProperty(name = "openai.enabled", matchIfMissing = true)
public final class OpenAIMetricsAutoConfiguration {

	/** OpenTelemetry's recommended buckets of {@code gen_ai.client.operation.duration}, in seconds. */
	private static final double[] DURATION_BUCKETS_SECONDS = { 0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56,
			5.12, 10.24, 20.48, 40.96, 81.92 };

	/** OpenTelemetry's recommended buckets of {@code gen_ai.client.token.usage}. */
	private static final double[] TOKEN_BUCKETS = { 1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576,
			4194304, 16777216, 67108864 };

	@Bean
	@ConditionalOnBean(ObservationRegistry.class)
	@ConditionalOnMissingBean
	OpenAIObservationHook openAIObservationHook(ObservationRegistry registry,
			ObjectProvider<OpenAIObservationConvention> convention) {
		return new OpenAIObservationHook(registry, convention.getIfUnique());
	}

	/**
	 * Gives the observation registry to the WebClient of every client (the top-level and the named ones), also when
	 * there is no Boot {@code WebClient.Builder} to carry it; Boot's builder keeps its observation convention.
	 */
	@Bean
	@Order(0)
	@ConditionalOnBean(ObservationRegistry.class)
	@ConditionalOnMissingBean(name = "openAIObservationClientBuilderCustomizer")
	OpenAIClientBuilderCustomizer openAIObservationClientBuilderCustomizer(ObservationRegistry registry) {
		return (builder) -> builder.observationRegistry(registry);
	}

	@Bean
	@ConditionalOnBean(MeterRegistry.class)
	@ConditionalOnMissingBean
	OpenAIMeterHook openAIMeterHook(MeterRegistry registry) {
		return new OpenAIMeterHook(registry);
	}

	@Bean
	@ConditionalOnBean({ MeterRegistry.class, OpenAIClient.class })
	@ConditionalOnMissingBean(name = "openAICircuitBreakerMeterBinder")
	MeterBinder openAICircuitBreakerMeterBinder(ObjectProvider<OpenAIClient> client,
			ObjectProvider<OpenAIClients> namedClients) {
		return new OpenAICircuitBreakerMeterBinder(() -> {
			Map<String, Supplier<@Nullable CircuitBreaker>> breakers = new LinkedHashMap<>();
			breakers.put(PerClientHook.DEFAULT_CLIENT, () -> {
				OpenAIClient unique = client.getIfUnique();
				return (unique != null) ? unique.orchestrator().circuitBreaker() : null;
			});
			namedClients.ifAvailable((clients) -> clients.names()
				.forEach((name) -> breakers.put(name, () -> clients.get(name).orchestrator().circuitBreaker())));
			return breakers;
		});
	}

	@Bean
	@ConditionalOnMissingBean(name = "openAIHistogramMeterFilter")
	static MeterFilter openAIHistogramMeterFilter() {
		return new MeterFilter() {
			@Override
			public @Nullable DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
				if (DefaultOpenAIObservationConvention.NAME.equals(id.getName())) {
					double[] nanos = Arrays.stream(DURATION_BUCKETS_SECONDS).map((seconds) -> seconds * 1e9).toArray();
					return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos).build().merge(config);
				}
				if (OpenAIMeterHook.TOKEN_USAGE.equals(id.getName())) {
					return DistributionStatisticConfig.builder().serviceLevelObjectives(TOKEN_BUCKETS).build().merge(config);
				}
				return config;
			}
		};
	}

}
