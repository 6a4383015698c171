package dev.integrations.openai.autoconfigure;

import dev.integrations.openai.autoconfigure.health.OpenAIHealthContributorAutoConfiguration;
import dev.integrations.openai.autoconfigure.metrics.OpenAIMetricsAutoConfiguration;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.resilience.ClientHook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with none of the optional dependencies (no actuator, no health, no Micrometer, no Boot
 * WebClient support) still gets a working client.
 */
class OptionalDependenciesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, OpenAIMetricsAutoConfiguration.class,
				OpenAIHealthContributorAutoConfiguration.class))
		.withPropertyValues("openai.api-key=sk-test-0123456789");

	@Test
	void withoutActuatorHealthMicrometerAndBootWebClientTheClientStillStarts() {
		this.contextRunner
			.withClassLoader(new FilteredClassLoader("io.micrometer", "org.springframework.boot.micrometer",
					"org.springframework.boot.health", "org.springframework.boot.actuate",
					"org.springframework.boot.webclient"))
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(OpenAIClient.class).hasSingleBean(ModelService.class);
				assertThat(context).doesNotHaveBean(ClientHook.class)
					.doesNotHaveBean("openaiHealthIndicator")
					.doesNotHaveBean("openAISanitizingFunction");
			});
	}

	@Test
	void withoutMicrometerTheHealthIndicatorStillWorks() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer", "org.springframework.boot.micrometer"))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasBean("openaiHealthIndicator")
				.doesNotHaveBean(ClientHook.class));
	}

}
