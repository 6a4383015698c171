package dev.integrations.openai.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class InvalidOpenAIConfigurationFailureAnalyzerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class));

	@Test
	void missingKeyWithOpenAIBaseUrlIsAnalyzedAsSetTheKey() {
		this.contextRunner.withPropertyValues("openai.api-key=").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidOpenAIConfigurationFailureAnalyzer()
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).isEqualTo("No OpenAI API key is configured, and openai.base-url "
					+ "(https://api.openai.com/v1) is OpenAI's API, which needs one.");
			assertThat(analysis.getAction()).startsWith("Set openai.api-key or the OPENAI_API_KEY environment variable.")
				.contains("openai.base-url")
				.contains("openai.enabled=false");
		});
	}

	@Test
	void unresolvedKeyPlaceholderWithOpenAIBaseUrlIsAnalyzedAsMissingKey() {
		this.contextRunner.withPropertyValues("openai.api-key=${OPENAI_TEST_KEY_THAT_IS_NOT_SET}").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidOpenAIConfigurationFailureAnalyzer()
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).startsWith("No OpenAI API key is configured");
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("OPENAI_TEST_KEY_THAT_IS_NOT_SET");
		});
	}

	@Test
	void invalidPropertyIsAnalyzedNamingTheSetting() {
		this.contextRunner.withPropertyValues("openai.api-key=sk-test-0123", "openai.retry.max-retries=-1")
			.run((context) -> {
				FailureAnalysis analysis = new InvalidOpenAIConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription())
					.isEqualTo("Invalid openai.* configuration: retry.maxRetries must be >= 0, was -1");
			});
	}

	@Test
	void applicationStartupReportsTheAnalysisInsteadOfAStackTrace(CapturedOutput output) {
		SpringApplication application = new SpringApplication(MissingKeyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--openai.api-key=", "--spring.main.banner-mode=off"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("No OpenAI API key is configured")
			.contains("Set openai.api-key or the OPENAI_API_KEY environment variable")
			.doesNotContain("NullPointerException");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(OpenAIAutoConfiguration.class)
	static class MissingKeyApplication {

	}

}
