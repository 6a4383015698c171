package dev.integrations.openai;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.errors.OpenAIException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The API key never appears in logs at DEBUG (our own, Spring's WebClient, Reactor Netty), exception messages or
 * {@code toString()}s.
 */
class SecretHygieneTest extends WireMockSupport {

	private final ConcurrentListAppender appender = new ConcurrentListAppender();

	/** Collects events from any thread; logback's ListAppender is not safe to read while others log. */
	static final class ConcurrentListAppender extends ch.qos.logback.core.AppenderBase<ILoggingEvent> {

		final List<ILoggingEvent> list = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Override
		protected void append(ILoggingEvent event) {
			this.list.add(event);
		}

	}

	private final List<Logger> debugged = new ArrayList<>();

	@BeforeEach
	void captureDebugLogs() {
		this.appender.start();
		for (String name : List.of("dev.integrations.openai", "org.springframework.web.reactive", "org.springframework.http",
				"reactor.netty", "org.springframework.core.retry")) {
			Logger logger = (Logger) LoggerFactory.getLogger(name);
			logger.setLevel(Level.DEBUG);
			logger.addAppender(this.appender);
			this.debugged.add(logger);
		}
	}

	@AfterEach
	void restoreLogs() {
		for (Logger logger : this.debugged) {
			logger.detachAppender(this.appender);
			logger.setLevel(null);
		}
	}

	private static String describe(Throwable failure) {
		StringBuilder text = new StringBuilder();
		for (Throwable t = failure; t != null; t = t.getCause()) {
			text.append(t).append('\n');
			for (Throwable suppressed : t.getSuppressed()) {
				text.append(suppressed).append('\n');
			}
		}
		return text.toString();
	}

	@Test
	void keyAppearsInNoLogLineExceptionOrToString() {
		this.server.stubFor(get("/v1/models").willReturn(okJson("{\"object\":\"list\",\"data\":[]}")));
		this.server.stubFor(get("/v1/models/gpt-4o").willReturn(aResponse().withStatus(401)
			.withBody("{\"error\":{\"message\":\"Incorrect API key provided: sk-test-***cdef.\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")));
		this.server.stubFor(get("/v1/models/gpt-4o-mini").willReturn(aResponse().withStatus(503)));

		this.client.models().list();
		this.client.models().listAsync().block();
		OpenAIException unauthorized = catchThrowableOfType(OpenAIException.class,
				() -> this.client.models().retrieve("gpt-4o"));
		OpenAIException unavailable = catchThrowableOfType(OpenAIException.class,
				() -> this.client.models().retrieve("gpt-4o-mini"));

		assertThat(this.appender.list).isNotEmpty();
		assertThat(this.appender.list).allSatisfy((event) -> {
			assertThat(event.getFormattedMessage()).doesNotContain(API_KEY);
			if (event.getThrowableProxy() != null) {
				assertThat(event.getThrowableProxy().getMessage()).doesNotContain(API_KEY);
			}
		});
		assertThat(describe(unauthorized)).doesNotContain(API_KEY);
		assertThat(describe(unavailable)).doesNotContain(API_KEY);
		assertThat(this.client.toString()).doesNotContain(API_KEY).contains("apiKey=******");
		assertThat(this.client.config().toString()).doesNotContain(API_KEY);
		assertThat(this.client.orchestrator().toString()).doesNotContain(API_KEY);
	}

	@Test
	void keyStaysOutOfWebClientTraceLogsEvenWithRequestDetailsOn() {
		this.server.stubFor(get("/v1/models").willReturn(okJson("{\"object\":\"list\",\"data\":[]}")));
		for (Logger logger : this.debugged) {
			logger.setLevel(Level.TRACE);
		}
		org.springframework.web.reactive.function.client.WebClient.Builder verbose = org.springframework.web.reactive.function.client.WebClient
			.builder()
			.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(true));
		try (OpenAIClient client = OpenAIClient.builder()
			.config(configBuilder().build())
			.webClientBuilder(verbose)
			.build()) {
			client.models().list();
		}

		assertThat(this.appender.list).isNotEmpty();
		assertThat(this.appender.list).allSatisfy((event) -> assertThat(event.getFormattedMessage()).doesNotContain(API_KEY));
	}

	@Test
	void configurationErrorsNeverEchoTheKey() {
		String almostKey = API_KEY + "\n";
		Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> OpenAIClient.builder()
			.config(dev.integrations.openai.client.OpenAIConfig.builder().apiKey(almostKey).build())
			.build());

		assertThat(failure).isInstanceOf(IllegalArgumentException.class);
		assertThat(describe(failure)).doesNotContain(API_KEY);
	}

}
