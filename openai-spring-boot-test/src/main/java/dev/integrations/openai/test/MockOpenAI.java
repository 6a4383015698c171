package dev.integrations.openai.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.errors.ApiError;
import dev.integrations.openai.resilience.RetrySettings;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A scripted fake OpenAI server on a random {@code 127.0.0.1} port (Reactor Netty), for tests of code that calls
 * OpenAI. Script answers per endpoint, call, then assert what was sent:
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static MockOpenAI mock = MockOpenAI.start();
 *
 * &#64;Test
 * void greets() {
 *     mock.chat().replyWith("Hello");
 *     OpenAIClient client = OpenAIClient.builder().config(mock.configBuilder().build()).build();
 *     ... call it ...
 *     assertThat(mock.chat().lastRequest().messages()).hasSize(1);
 * }
 * </pre>
 *
 * A request no script answers gets {@code 501} with an OpenAI error naming its method and path (and
 * {@code x-should-retry: false}, so the client does not retry it); {@link #verify()} then fails. As a JUnit 5
 * extension it verifies and resets after each test and stops after the class (a {@code static} field) or after the
 * test (an instance field). In a {@code @SpringBootTest}, use {@link AutoConfigureMockOpenAI} instead.
 */
public final class MockOpenAI implements AutoCloseable, BeforeAllCallback, AfterEachCallback, AfterAllCallback {

	/** The API key {@link #configBuilder()} and {@link AutoConfigureMockOpenAI} give the clients. */
	public static final String API_KEY = "sk-mock-openai-test-key";

	private final ChatScript chat = new ChatScript();

	private final EmbeddingsScript embeddings = new EmbeddingsScript();

	private final ResponsesScript responses = new ResponsesScript();

	private final Map<String, EndpointScript<?, ?>> routes = new LinkedHashMap<>();

	private final List<RecordedRequest> unscripted = new CopyOnWriteArrayList<>();

	private final DisposableServer server;

	private volatile boolean classScoped;

	private MockOpenAI() {
		for (EndpointScript<?, ?> script : List.of(this.chat, this.embeddings, this.responses)) {
			this.routes.put(script.method() + " " + script.path(), script);
		}
		this.server = HttpServer.create().host("127.0.0.1").port(0).handle(this::handle).bindNow();
	}

	/**
	 * Starts a server on a random loopback port.
	 * @return the running server; {@link #close()} stops it
	 */
	public static MockOpenAI start() {
		return new MockOpenAI();
	}

	/** @return the API base URL, such as {@code http://127.0.0.1:54321/v1} */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port() + "/v1";
	}

	/**
	 * A client configuration that calls this server with {@link #API_KEY} and retries without long waits (two
	 * retries, 10 ms first back-off), for {@link OpenAIClient#builder()}.
	 * @return the configuration builder, to adjust further
	 */
	public OpenAIConfig.Builder configBuilder() {
		return OpenAIConfig.builder()
			.baseUrl(baseUrl())
			.apiKey(API_KEY)
			.retry(new RetrySettings(2, Duration.ofMillis(10), Duration.ofSeconds(2), 2.0, 0.0, true));
	}

	/** @return the script of {@code POST /v1/chat/completions} */
	public ChatScript chat() {
		return this.chat;
	}

	/** @return the script of {@code POST /v1/embeddings} */
	public EmbeddingsScript embeddings() {
		return this.embeddings;
	}

	/** @return the script of {@code POST /v1/responses} (not streaming) */
	public ResponsesScript responses() {
		return this.responses;
	}

	/** @return the requests no script answered, oldest first */
	public List<RecordedRequest> unscriptedRequests() {
		return List.copyOf(this.unscripted);
	}

	/**
	 * Fails when a request came that no script answered.
	 * @throws AssertionError naming every unscripted request
	 */
	public void verify() {
		if (!this.unscripted.isEmpty()) {
			throw new AssertionError("MockOpenAI received requests nothing was scripted for: " + this.unscripted);
		}
	}

	/** Forgets every script, the recorded requests and the unscripted ones. */
	public void reset() {
		this.routes.values().forEach(EndpointScript::reset);
		this.unscripted.clear();
	}

	/** Stops the server. */
	@Override
	public void close() {
		this.server.disposeNow();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.classScoped = true;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		try {
			verify();
		}
		finally {
			reset();
			if (!this.classScoped) {
				close();
			}
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		close();
	}

	@Override
	public String toString() {
		return "MockOpenAI[" + baseUrl() + "]";
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0]).flatMap((body) -> {
			RecordedRequest recorded = record(request, body);
			EndpointScript<?, ?> script = this.routes.get(recorded.method() + " " + recorded.path());
			MockReply reply = (script != null) ? script.answer(recorded) : null;
			if (reply == null) {
				this.unscripted.add(recorded);
				reply = unscripted(recorded, script);
			}
			return reply.send(response);
		});
	}

	private static RecordedRequest record(HttpServerRequest request, byte[] body) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		request.requestHeaders()
			.forEach((header) -> headers.computeIfAbsent(header.getKey().toLowerCase(Locale.ROOT),
					(name) -> new ArrayList<>()).add(header.getValue()));
		String uri = request.uri();
		int query = uri.indexOf('?');
		String path = (query >= 0) ? uri.substring(0, query) : uri;
		return new RecordedRequest(request.method().name(), path, headers, body);
	}

	private static MockReply unscripted(RecordedRequest request, @Nullable EndpointScript<?, ?> script) {
		String hint = (script != null) ? " Script a reply first, such as mock.chat().replyWith(\"Hello\")."
				: " MockOpenAI scripts: POST /v1/chat/completions, POST /v1/embeddings, POST /v1/responses.";
		ApiError error = new ApiError("MockOpenAI has no reply scripted for " + request + "." + hint,
				"invalid_request_error", "unscripted_request", null);
		return MockReply.error(501, error, null, Map.of("x-should-retry", "false"));
	}

}
