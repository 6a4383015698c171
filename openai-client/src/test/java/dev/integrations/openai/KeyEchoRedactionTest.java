package dev.integrations.openai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import dev.integrations.openai.auth.ApiKeyAuthProvider;
import dev.integrations.openai.auth.AuthProvider;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.errors.AuthenticationException;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.errors.OpenAIApiException;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAIStreamException;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.RetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static dev.integrations.openai.EchoingServer.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A server (or proxy) that echoes the {@code Authorization} header it received, in every place an error can carry
 * text, never gets the key into an exception's message, {@code toString()}, request id or headers, nor into a DEBUG
 * log line (the client's, Spring's retry and WebClient, Reactor's).
 */
class KeyEchoRedactionTest {

	private static final String KEY = WireMockSupport.API_KEY;

	private static final ChatCompletionRequest CHAT = ChatCompletionRequest.builder()
		.model("gpt-4o-mini")
		.addUserMessage("Hello!")
		.build();

	private final SecretHygieneTest.ConcurrentListAppender appender = new SecretHygieneTest.ConcurrentListAppender();

	private final List<Logger> debugged = new ArrayList<>();

	private final List<AutoCloseable> closeables = new ArrayList<>();

	@BeforeEach
	void captureDebugLogs() {
		this.appender.start();
		// org.springframework.core.codec is left out while streams are read with Spring's SSE reader, whose
		// StringDecoder logs every line it decodes at DEBUG
		for (String name : List.of("dev.integrations.openai", "org.springframework.core.retry",
				"org.springframework.web.reactive", "org.springframework.http", "reactor.core", "reactor.netty")) {
			Logger logger = (Logger) LoggerFactory.getLogger(name);
			logger.setLevel(Level.DEBUG);
			logger.addAppender(this.appender);
			this.debugged.add(logger);
		}
	}

	@AfterEach
	void restoreLogsAndClose() throws Exception {
		for (Logger logger : this.debugged) {
			logger.detachAppender(this.appender);
			logger.setLevel(null);
		}
		for (AutoCloseable closeable : this.closeables) {
			closeable.close();
		}
	}

	@Test
	void errorFieldsAndRequestIdEchoingTheKeyAreRedacted() throws Exception {
		OpenAIClient client = client(echoing((auth) -> response("401 Unauthorized", "x-request-id: " + auth + "\r\n",
				"application/json", "{\"error\": {\"message\": \"Incorrect API key provided: " + auth
						+ ". You can find your API key at https://platform.openai.com/account/api-keys.\","
						+ " \"type\": \"invalid_request_error\", \"param\": \"" + auth + "\", \"code\": \""
						+ auth.toUpperCase() + "\"}}")));

		AuthenticationException failure = catchThrowableOfType(AuthenticationException.class,
				() -> client.models().list());

		assertThat(failure.getMessage()).startsWith("OpenAI API returned HTTP 401 (invalid_request_error/BEARER ***)")
			.contains("Incorrect API key provided: Bearer ***. You can find your API key")
			.contains("[param: Bearer ***]")
			.contains("[request id: Bearer ***]");
		assertThat(failure.requestId()).isEqualTo("Bearer ***");
		assertThat(failure.headers().first("x-request-id")).isEqualTo("Bearer ***");
		assertThat(failure.param()).isEqualTo("Bearer ***");
		assertThat(failure.code()).isEqualTo("BEARER ***");
		assertNoKeyAnywhere(failure);
	}

	@Test
	void anHtmlGatewayPageEchoingTheKeyIsRedactedInEveryRetriedAttemptAndItsLogs() throws Exception {
		EchoingServer server = echoing((auth) -> response("502 Bad Gateway", "", "text/html",
				"<html><body><h1>502 Bad Gateway</h1><p>upstream refused " + auth + "</p></body></html>"));
		OpenAIClient client = client(server);

		InternalServerException failure = catchThrowableOfType(InternalServerException.class,
				() -> client.models().list());

		assertThat(server.requests()).isEqualTo(3);
		assertThat(failure.getMessage()).contains("HTTP 502 Bad Gateway: 502 Bad Gateway upstream refused Bearer ***");
		assertThat(this.appender.list).as("DEBUG logs of the retries").isNotEmpty();
		assertNoKeyAnywhere(failure);
	}

	@Test
	void aStreamErrorEventEchoingTheKeyIsRedacted() throws Exception {
		OpenAIClient client = client(echoing((auth) -> "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
				+ "Connection: close\r\n\r\nevent: error\ndata: {\"error\": {\"message\": \"key " + auth
				+ " was revoked\", \"type\": \"server_error\", \"code\": \"" + auth + "\"}}\n\n"));

		OpenAIStreamException failure;
		try (BlockingStream<?> chunks = client.chatCompletions().stream(CHAT)) {
			failure = catchThrowableOfType(OpenAIStreamException.class, () -> chunks.forEach((chunk) -> {
			}));
		}

		assertThat(failure.getMessage()).isEqualTo("OpenAI stream failed (server_error): key Bearer *** was revoked");
		assertThat(failure.error().code()).isEqualTo("Bearer ***");
		assertNoKeyAnywhere(failure);
	}

	@Test
	void anUnreadableStreamErrorEventAndAParserQuotingTheBodyAreRedacted() throws Exception {
		String bareKey = "sk0123456789SECRETabcdef";
		OpenAIClient streaming = register(OpenAIClient.builder()
			.config(config(echoing((auth) -> "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
					+ "Connection: close\r\n\r\nevent: error\ndata: " + auth.substring(7) + "\n\n")).apiKey(bareKey)
				.build())
			.build());
		OpenAIClient unary = register(OpenAIClient.builder()
			.config(config(echoing((auth) -> response("200 OK", "", "application/json", auth.substring(7))))
				.apiKey(bareKey)
				.build())
			.build());

		OpenAIStreamException streamFailure = catchThrowableOfType(OpenAIStreamException.class,
				() -> streaming.chatCompletions().streamAsync(CHAT).blockLast(Duration.ofSeconds(30)));
		OpenAIResponseException unaryFailure = catchThrowableOfType(OpenAIResponseException.class,
				() -> unary.models().list());

		assertThat(streamFailure.getMessage()).isEqualTo("OpenAI stream failed: Unreadable error event: ***");
		assertThat(streamFailure.getCause()).hasMessageContaining("Unrecognized token '***'");
		assertThat(unaryFailure.getMessage()).startsWith("Unreadable response from 127.0.0.1: Unrecognized token '***'");
		assertThat(describe(streamFailure)).doesNotContain(bareKey);
		assertThat(describe(unaryFailure)).doesNotContain(bareKey);
		assertNoKeyAnywhere(bareKey);
	}

	@Test
	void everyKeyARotatingProviderReturnedIsRedacted() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		List<String> keys = List.of("sk-rotated-first-0123456789", "sk-rotated-second-0123456789");
		EchoingServer server = echoing((auth) -> response("401 Unauthorized", "x-request-id: req_" + auth + "\r\n",
				"application/json", "{\"error\": {\"message\": \"Incorrect API key provided: " + auth + "\"}}"));
		OpenAIClient client = register(OpenAIClient.builder()
			.config(config(server).apiKey(null).build())
			.authProvider(ApiKeyAuthProvider.of(() -> keys.get(calls.getAndIncrement() % 2)))
			.build());

		for (int i = 0; i < 2; i++) {
			OpenAIApiException failure = catchThrowableOfType(OpenAIApiException.class, () -> client.models().list());
			assertThat(failure.getMessage()).contains("Incorrect API key provided: Bearer ***");
			assertThat(failure.requestId()).isEqualTo("req_Bearer ***");
			for (String key : keys) {
				assertThat(describe(failure)).doesNotContain(key);
			}
		}
		assertThat(calls).hasValue(2);
	}

	@Test
	void aCustomProviderSendingAnApiKeyHeaderHasItRedacted() throws Exception {
		String azureKey = "0123456789abcdef0123456789abcdef";
		AuthProvider azure = (headers) -> headers.set("api-key", azureKey);
		EchoingServer server = echoing((auth) -> response("403 Forbidden", "", "application/json",
				"{\"error\": {\"code\": \"PermissionDenied\", \"message\": \"Key " + auth + " has no access\"}}"));
		OpenAIClient client = register(
				OpenAIClient.builder().config(config(server).apiKey(null).build()).authProvider(azure).build());

		OpenAIApiException failure = catchThrowableOfType(OpenAIApiException.class, () -> client.models().list());

		assertThat(failure.getMessage()).contains("Key *** has no access").doesNotContain(azureKey);
	}

	private void assertNoKeyAnywhere(OpenAIException failure) {
		assertThat(describe(failure)).doesNotContainIgnoringCase(KEY);
		assertThat(failure.toString()).doesNotContainIgnoringCase(KEY);
		assertNoKeyAnywhere(KEY);
	}

	private void assertNoKeyAnywhere(String key) {
		assertThat(this.appender.list).allSatisfy((event) -> {
			assertThat(event.getFormattedMessage()).as(event.getLoggerName()).doesNotContainIgnoringCase(key);
			for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
				assertThat(proxy.getMessage()).as(event.getLoggerName()).doesNotContainIgnoringCase(key);
			}
		});
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

	private EchoingServer echoing(Function<String, String> response) throws Exception {
		EchoingServer server = new EchoingServer(response);
		this.closeables.add(server);
		return server;
	}

	private OpenAIClient client(EchoingServer server) {
		return register(OpenAIClient.builder().config(config(server).build()).build());
	}

	private OpenAIClient register(OpenAIClient client) {
		this.closeables.add(0, client);
		return client;
	}

	private static OpenAIConfig.Builder config(EchoingServer server) {
		return OpenAIConfig.builder()
			.baseUrl(server.baseUrl())
			.apiKey(KEY)
			.responseTimeout(Duration.ofSeconds(30))
			.streamIdleTimeout(Duration.ofSeconds(30))
			.retry(new RetrySettings(2, Duration.ofMillis(1), Duration.ofMillis(20), 2.0, 0.0))
			.circuitBreaker(CircuitBreakerSettings.DISABLED);
	}

}
