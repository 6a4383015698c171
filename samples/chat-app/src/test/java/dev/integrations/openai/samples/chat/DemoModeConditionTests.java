package dev.integrations.openai.samples.chat;

import dev.integrations.openai.autoconfigure.OpenAIAutoConfiguration;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.samples.chat.demo.DemoBackend;
import dev.integrations.openai.samples.chat.demo.DemoModeConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo mode switches on only when there is no API key and no base URL of the user's own.
 */
class DemoModeConditionTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
		.withUserConfiguration(SampleConfiguration.class, DemoModeConfiguration.class);

	@Test
	void withoutKeyOrBaseUrlTheClientCallsTheEmbeddedDemoBackend() {
		this.contextRunner.run((context) -> {
			DemoBackend backend = context.getBean(DemoBackend.class);
			assertThat(backend.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
			assertThat(context.getBean(OpenAIClient.class).config().baseUrl()).isEqualTo(backend.baseUrl());
		});
	}

	@Test
	void withAnApiKeyTheClientCallsOpenAIAndNoDemoBackendStarts() {
		this.contextRunner.withPropertyValues("openai.api-key=sk-test-0123456789").run((context) -> {
			assertThat(context).doesNotHaveBean(DemoBackend.class);
			assertThat(context.getBean(OpenAIClient.class).config().host()).isEqualTo("api.openai.com");
		});
	}

	@Test
	void withABaseUrlOfItsOwnTheClientCallsThatServerWithoutKey() {
		this.contextRunner.withPropertyValues("openai.base-url=http://localhost:11434/v1").run((context) -> {
			assertThat(context).doesNotHaveBean(DemoBackend.class);
			assertThat(context.getBean(OpenAIClient.class).config().host()).isEqualTo("localhost");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ChatAppProperties.class)
	static class SampleConfiguration {

	}

}
