package dev.integrations.openai.autoconfigure;

import dev.integrations.openai.autoconfigure.health.OpenAIHealthIndicator;
import dev.integrations.openai.autoconfigure.metrics.OpenAIMeterHook;
import dev.integrations.openai.autoconfigure.metrics.OpenAIObservationHook;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.models.ModelService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain {@code @EnableAutoConfiguration} application: the auto-configurations are found through
 * {@code AutoConfiguration.imports}, and spring-webflux on the classpath (the client's transport) does not turn
 * the application into a web server.
 */
class AutoConfigurationRegistrationTests {

	@Test
	void autoConfigurationsAreRegisteredAndNoWebServerStarts() {
		SpringApplication application = new SpringApplication(PlainApplication.class);
		try (ConfigurableApplicationContext context = application.run("--openai.api-key=sk-test-0123456789",
				"--spring.main.banner-mode=off")) {
			assertThat(context).isNotInstanceOf(WebApplicationContext.class);
			assertThat(context.getBeansOfType(OpenAIClient.class)).hasSize(1);
			assertThat(context.getBeansOfType(ModelService.class)).hasSize(1);
			assertThat(context.getBeansOfType(OpenAIHealthIndicator.class)).containsOnlyKeys("openaiHealthIndicator");
			assertThat(context.getBeansOfType(OpenAIMeterHook.class)).hasSize(1);
			assertThat(context.getBeansOfType(OpenAIObservationHook.class)).hasSize(1);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class PlainApplication {

	}

}
