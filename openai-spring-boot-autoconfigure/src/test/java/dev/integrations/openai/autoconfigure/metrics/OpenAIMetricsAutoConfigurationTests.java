package dev.integrations.openai.autoconfigure.metrics;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.integrations.openai.autoconfigure.OpenAIAutoConfiguration;
import dev.integrations.openai.resilience.ClientHook;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAIMetricsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, OpenAIMetricsAutoConfiguration.class,
				MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, ObservationAutoConfiguration.class))
		.withPropertyValues("openai.api-key=sk-test-0123456789");

	@Test
	void whenMetricsAndObservationsAreAvailableThenBothHooksJoinTheOrchestrator() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(OpenAIMeterHook.class).hasSingleBean(OpenAIObservationHook.class);
			assertThat(context.getBeansOfType(ClientHook.class)).hasSize(2);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("openai.client.circuit.state").tag("state", "closed").gauge().value())
				.isEqualTo(1);
			assertThat(registry.get("openai.client.circuit.state").tag("state", "open").gauge().value()).isZero();
		});
	}

	@Test
	void durationAndTokenHistogramsUseTheOpenTelemetryBuckets() {
		this.contextRunner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			registry.timer("gen_ai.client.operation.duration").record(Duration.ofMillis(300));
			registry.summary("gen_ai.client.token.usage").record(100);
			HistogramSnapshot duration = registry.get("gen_ai.client.operation.duration").timer().takeSnapshot();
			HistogramSnapshot tokens = registry.get("gen_ai.client.token.usage").summary().takeSnapshot();
			assertThat(duration.histogramCounts()).hasSize(14);
			assertThat(duration.histogramCounts()[0].bucket(TimeUnit.SECONDS)).isEqualTo(0.01);
			assertThat(tokens.histogramCounts()).hasSize(14);
			assertThat(tokens.histogramCounts()[13].bucket()).isEqualTo(67108864);
		});
	}

	@Test
	void whenUserDefinesHooksThenAutoConfiguredHooksBackOff() {
		this.contextRunner.withUserConfiguration(UserHooksConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(OpenAIMeterHook.class).hasSingleBean(OpenAIObservationHook.class);
			assertThat(context.getBean(OpenAIMeterHook.class)).isSameAs(context.getBean("userMeterHook"));
			assertThat(context.getBean(OpenAIObservationHook.class)).isSameAs(context.getBean("userObservationHook"));
		});
	}

	@Test
	void whenThereIsNoRegistryBeanThenNoHookIsCreated() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, OpenAIMetricsAutoConfiguration.class))
			.withPropertyValues("openai.api-key=sk-test-0123456789")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ClientHook.class));
	}

	@Test
	void whenOpenAIIsDisabledThenNoMetricsBeansAreCreated() {
		this.contextRunner.withPropertyValues("openai.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ClientHook.class)
				.doesNotHaveBean("openAICircuitBreakerMeterBinder"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserHooksConfiguration {

		@Bean
		OpenAIMeterHook userMeterHook(MeterRegistry registry) {
			return new OpenAIMeterHook(registry);
		}

		@Bean
		OpenAIObservationHook userObservationHook() {
			return new OpenAIObservationHook(ObservationRegistry.NOOP, null);
		}

	}

}
