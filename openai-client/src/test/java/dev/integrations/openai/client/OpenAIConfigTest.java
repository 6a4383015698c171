package dev.integrations.openai.client;

import java.time.Duration;
import java.util.Map;

import dev.integrations.openai.resilience.RetrySettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OpenAIConfigTest {

	@Test
	void defaultsMatchOpenAIsPublicApi() {
		OpenAIConfig config = OpenAIConfig.builder().apiKey("sk-abc").build();

		assertThat(config.baseUrl()).isEqualTo("https://api.openai.com/v1");
		assertThat(config.isOpenAIHost()).isTrue();
		assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(config.responseTimeout()).isEqualTo(Duration.ofMinutes(10));
		assertThat(config.streamIdleTimeout()).isEqualTo(Duration.ofMinutes(2));
		assertThat(config.retry()).isEqualTo(RetrySettings.DEFAULTS);
		assertThat(config.retry().maxRetries()).isEqualTo(2);
		assertThat(config.userAgent()).startsWith("openai-spring/").contains(" Java/");
	}

	@Test
	void fromEnvReadsTheFourVariables() {
		Map<String, String> env = Map.of("OPENAI_API_KEY", "sk-env-key", "OPENAI_BASE_URL", "http://localhost:11434/v1/",
				"OPENAI_ORG_ID", "org-env", "OPENAI_PROJECT_ID", "proj_env");

		OpenAIConfig config = OpenAIConfig.fromEnv(env::get).build();

		assertThat(config.apiKey()).isEqualTo("sk-env-key");
		assertThat(config.baseUrl()).isEqualTo("http://localhost:11434/v1");
		assertThat(config.organization()).isEqualTo("org-env");
		assertThat(config.project()).isEqualTo("proj_env");
		assertThat(config.host()).isEqualTo("localhost");
	}

	@Test
	void fromEnvWithNothingSetKeepsDefaults() {
		OpenAIConfig config = OpenAIConfig.fromEnv((name) -> null).build();

		assertThat(config.apiKey()).isNull();
		assertThat(config.baseUrl()).isEqualTo(OpenAIConfig.DEFAULT_BASE_URL);
	}

	@Test
	void validationMessagesNameTheSetting() {
		OpenAIConfig.Builder builder = OpenAIConfig.builder();
		assertThatIllegalArgumentException().isThrownBy(() -> builder.baseUrl("ftp://example.com"))
			.withMessage("baseUrl must be an absolute http or https URL, was ftp://example.com");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.baseUrl("https://user:pw@example.com/v1"))
			.withMessage("baseUrl must not contain user info, a query or a fragment");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.connectTimeout(Duration.ZERO))
			.withMessage("connectTimeout must be a positive duration, was PT0S");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.responseTimeout(Duration.ofSeconds(-1)))
			.withMessageStartingWith("responseTimeout must be a positive duration");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.maxConnections(0))
			.withMessage("maxConnections must be >= 1, was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.userAgent("my-app\r\nX-Evil: 1"))
			.withMessage("userAgent must not contain control characters such as CR or LF");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.defaultHeader("X-Team", "a\nb"))
			.withMessage("defaultHeaders.X-Team must not contain control characters such as CR or LF");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.defaultHeader("Bad Header", "v"))
			.withMessage("defaultHeaders name is not a valid header name: Bad Header");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.defaultHeader("Authorization", "Bearer x"))
			.withMessage("defaultHeaders must not set Authorization: use apiKey");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.organization("org 1"))
			.withMessage("organization must not contain whitespace or control characters");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetrySettings(-1, Duration.ofMillis(1), Duration.ofMillis(2), 2, 0))
			.withMessage("retry.maxRetries must be >= 0, was -1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxySettings(ProxySettings.Type.HTTP, "proxy.local", 0, null, null, null))
			.withMessage("proxy.port must be between 1 and 65535, was 0");
	}

	@Test
	void toStringNeverShowsTheKeyOrProxyPassword() {
		OpenAIConfig config = OpenAIConfig.builder()
			.apiKey("sk-proj-VERYSECRET")
			.proxy(new ProxySettings(ProxySettings.Type.HTTP, "proxy.local", 3128, "me", "proxy-pass-XYZ", null))
			.defaultHeader("X-Team", "search")
			.build();

		assertThat(config.toString()).contains("apiKey=******")
			.contains("password=******")
			.doesNotContain("VERYSECRET")
			.doesNotContain("proxy-pass-XYZ");
	}

	@Test
	void toBuilderCopiesEverySetting() {
		OpenAIConfig config = OpenAIConfig.builder()
			.apiKey("sk-abc")
			.baseUrl("https://gateway.example.com/openai/v1")
			.organization("org-1")
			.project("proj_1")
			.userAgent("my-app/2.0")
			.defaultHeader("X-Team", "search")
			.maxConnections(50)
			.build();

		assertThat(config.toBuilder().build()).usingRecursiveComparison().isEqualTo(config);
	}

	@Test
	void clientWithoutKeyForOpenAIsHostFailsClearly() {
		assertThatIllegalStateException()
			.isThrownBy(() -> OpenAIClient.builder().config(OpenAIConfig.builder().build()).build())
			.withMessage("No OpenAI API key: set apiKey in OpenAIConfig or the OPENAI_API_KEY environment variable");
		assertThatIllegalStateException().isThrownBy(() -> OpenAIClient.builder().build())
			.withMessageStartingWith("config is required");
	}

	@Test
	void clientWithoutKeyForACompatibleServerIsAllowed() {
		try (OpenAIClient client = OpenAIClient.builder()
			.config(OpenAIConfig.builder().baseUrl("http://127.0.0.1:11434/v1").build())
			.build()) {
			assertThat(client.config().apiKey()).isNull();
		}
	}

}
