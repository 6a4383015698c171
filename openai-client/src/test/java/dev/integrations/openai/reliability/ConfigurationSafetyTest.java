package dev.integrations.openai.reliability;

import java.util.function.Consumer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIClientBuilder;
import dev.integrations.openai.client.OpenAIConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the configuration refuses or warns about before any request: header values that could split a request
 * (CR, LF) and a plain-HTTP base URL to another machine, which would carry the key unencrypted.
 */
class ConfigurationSafetyTest {

	private static final String KEY = "sk-proj-Sh0uldNeverBeSeen0123456789";

	private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();

	private final Logger builderLogger = (Logger) LoggerFactory.getLogger(OpenAIClientBuilder.class);

	@BeforeEach
	void captureBuilderLogs() {
		this.warnings.start();
		this.builderLogger.addAppender(this.warnings);
	}

	@AfterEach
	void releaseBuilderLogs() {
		this.builderLogger.detachAppender(this.warnings);
	}

	private static void rejects(Consumer<OpenAIConfig.Builder> setting, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> setting.accept(OpenAIConfig.builder()))
			.withMessage(message);
	}

	@ParameterizedTest(name = "apiKey with {0}")
	@ValueSource(strings = { "\r", "\n", "\r\n", "\r\nX-Injected: 1" })
	void apiKeyWithALineBreakIsRejectedWithoutEchoingIt(String injected) {
		rejects((builder) -> builder.apiKey(KEY + injected),
				"apiKey contains whitespace or control characters (value not shown); check for a stray newline");
	}

	@ParameterizedTest(name = "organization and project with {0}")
	@ValueSource(strings = { "\r", "\n", "\r\n", "\r\nX-Injected: 1" })
	void organizationAndProjectWithALineBreakAreRejected(String injected) {
		rejects((builder) -> builder.organization("org-2Xq9YkZ" + injected),
				"organization must not contain whitespace or control characters");
		rejects((builder) -> builder.project("proj_Xk2Lm9" + injected),
				"project must not contain whitespace or control characters");
	}

	@ParameterizedTest(name = "custom header with {0}")
	@ValueSource(strings = { "\r", "\n", "\r\n", "\r\nX-Injected: 1" })
	void customHeaderWithALineBreakInItsNameOrValueIsRejected(String injected) {
		rejects((builder) -> builder.defaultHeader("X-Team", "search" + injected),
				"defaultHeaders.X-Team must not contain control characters such as CR or LF");
		rejects((builder) -> builder.defaultHeader("X-Team" + injected, "search"),
				"defaultHeaders name is not a valid header name: X-Team" + injected);
		rejects((builder) -> builder.userAgent("my-app/1.0" + injected),
				"userAgent must not contain control characters such as CR or LF");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "http://llm-gateway.internal.example:8080/v1", "http://10.0.4.17/v1",
			"http://127.example.com/v1", "http://[2001:db8::17]:8000/v1" })
	void plainHttpToAnotherMachineLogsExactlyOneWarningWithoutTheKey(String baseUrl) {
		build(baseUrl);

		assertThat(this.warnings.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage()).isEqualTo("OpenAI base URL " + baseUrl
					+ " uses plain HTTP to a non-loopback host: the API key and prompts travel unencrypted")
				.doesNotContain(KEY);
		});
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "http://127.0.0.1:8080/v1", "http://127.10.20.30/v1", "http://localhost:11434/v1",
			"http://LOCALHOST/v1", "http://[::1]:8000/v1", "http://[0:0:0:0:0:0:0:1]/v1",
			"https://llm-gateway.internal.example/v1", "https://api.openai.com/v1" })
	void loopbackOrHttpsLogsNoWarning(String baseUrl) {
		build(baseUrl);

		assertThat(this.warnings.list).isEmpty();
	}

	private static void build(String baseUrl) {
		try (OpenAIClient client = OpenAIClient.builder()
			.config(OpenAIConfig.builder().baseUrl(baseUrl).apiKey(KEY).build())
			.build()) {
			assertThat(client.connectionPoolStats()).hasValueSatisfying((stats) -> assertThat(stats.total()).isZero());
		}
	}

}
