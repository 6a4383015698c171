package dev.integrations.openai.resilience;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.errors.CircuitBreakerOpenException;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.models.ModelService;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Reactor context of a call, as hooks see and shape it: the caller's context at the start, the hooks' entries in
 * the context of every attempt (seen here by a WebClient filter, where WebClient's own observation looks for its
 * parent), and probes that run without hooks and outside the circuit breaker.
 */
class CallContextTest extends WireMockSupport {

	private static final String MODELS = """
			{"object": "list", "data": [
			  {"id": "gpt-4o", "object": "model", "created": 1715367049, "owned_by": "system"}
			]}
			""";

	private static final String CHUNK = "data: {\"id\":\"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG\",\"object\":"
			+ "\"chat.completion.chunk\",\"created\":1741570283,\"model\":\"gpt-4o-2024-08-06\",\"choices\":"
			+ "[{\"index\":0,\"delta\":{\"content\":\"Hello\"},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";

	/** What the WebClient filter saw under {@link #KEY} in the context of each attempt. */
	private final List<String> attemptContexts = new CopyOnWriteArrayList<>();

	private static final String KEY = "test.call";

	/** Puts the call's number into the attempts' context, and records the caller's value of {@code app}. */
	private final ContextHook hook = new ContextHook();

	@Test
	void everyAttemptOfABlockingCallWithARetrySeesTheHooksEntries() {
		useClientWithHook(new RetrySettings(2, Duration.ofMillis(1), Duration.ofMillis(20), 2.0, 0.0),
				CircuitBreakerSettings.DISABLED);
		stubModelsFailingOnce();

		this.client.models().list();

		assertThat(this.attemptContexts).containsExactly("models.list#1", "models.list#1");
		assertThat(this.hook.callerValues).containsExactly("none");
	}

	@Test
	void everyAttemptOfAReactiveCallSeesTheHooksEntriesAndTheHookSeesTheCallersContext() {
		useClientWithHook(new RetrySettings(2, Duration.ofMillis(1), Duration.ofMillis(20), 2.0, 0.0),
				CircuitBreakerSettings.DISABLED);
		stubModelsFailingOnce();

		this.client.models().listAsync().contextWrite(Context.of("app", "request-42")).block(Duration.ofSeconds(30));

		assertThat(this.attemptContexts).containsExactly("models.list#1", "models.list#1");
		assertThat(this.hook.callerValues).containsExactly("request-42");
	}

	@Test
	void theAttemptOfAStreamSeesTheHooksEntries() {
		useClientWithHook(RetrySettings.NONE, CircuitBreakerSettings.DISABLED);
		this.server.stubFor(post("/v1/chat/completions")
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(CHUNK)));

		List<ChatCompletionChunk> chunks = this.client.chatCompletions()
			.streamAsync(ChatCompletionRequest.builder().model("gpt-4o").addUserMessage("Say hello").build())
			.contextWrite(Context.of("app", "stream-7"))
			.collectList()
			.block(Duration.ofSeconds(30));

		assertThat(chunks).extracting(ChatCompletionChunk::text).containsExactly("Hello");
		assertThat(this.attemptContexts).containsExactly("chat.completions.create#1");
		assertThat(this.hook.callerValues).containsExactly("stream-7");
		assertThat(this.hook.results).singleElement().satisfies((result) -> {
			assertThat(result.responseId()).isEqualTo("chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG");
			assertThat(result.finishReasons()).containsExactly("stop");
		});
	}

	@Test
	void probesAreNeitherHeardByHooksNorCountedOrStoppedByTheCircuitBreaker() {
		useClientWithHook(RetrySettings.NONE, new CircuitBreakerSettings(true, 1, Duration.ofMinutes(1)));
		this.server.stubFor(get("/v1/models").willReturn(overloaded()));
		ModelService probes = this.client.models().withOptions(RequestOptions.builder().probe().build());
		CircuitBreaker breaker = this.client.orchestrator().circuitBreaker();

		assertThatThrownBy(() -> probes.list()).isInstanceOf(InternalServerException.class);
		assertThatThrownBy(() -> probes.listAsync().block(Duration.ofSeconds(30)))
			.isInstanceOf(InternalServerException.class);

		assertThat(this.hook.starts).hasValue(0);
		assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
		assertThat(breaker.consecutiveFailures()).isZero();
		assertThat(this.attemptContexts).containsExactly("none", "none");
		assertThatThrownBy(() -> this.client.models().list()).isInstanceOf(InternalServerException.class);
		assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
		assertThatThrownBy(() -> this.client.models().list()).isInstanceOf(CircuitBreakerOpenException.class);
		assertThatThrownBy(() -> probes.list()).isInstanceOf(InternalServerException.class);
		this.server.verify(4, getRequestedFor(urlEqualTo("/v1/models")));
		assertThat(this.hook.starts).hasValue(2);
	}

	private void stubModelsFailingOnce() {
		this.server.stubFor(get("/v1/models").inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(overloaded())
			.willSetStateTo("recovered"));
		this.server.stubFor(get("/v1/models").inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(MODELS)));
	}

	private static ResponseDefinitionBuilder overloaded() {
		return aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"The engine is currently overloaded.\", \"type\": \"server_error\"}}");
	}

	private void useClientWithHook(RetrySettings retry, CircuitBreakerSettings circuitBreaker) {
		this.client.close();
		WebClient.Builder recording = WebClient.builder()
			.filter((request, next) -> Mono.deferContextual((context) -> {
				this.attemptContexts.add(context.getOrDefault(KEY, "none"));
				return next.exchange(request);
			}));
		this.client = OpenAIClient.builder()
			.config(configBuilder().retry(retry).circuitBreaker(circuitBreaker).build())
			.webClientBuilder(recording)
			.hook(this.hook)
			.build();
	}

	private static final class ContextHook implements ClientHook {

		final AtomicInteger starts = new AtomicInteger();

		final List<String> callerValues = new CopyOnWriteArrayList<>();

		final List<CallResult> results = new CopyOnWriteArrayList<>();

		@Override
		public void onRequestStart(RequestContext context) {
			context.putAttemptContext(KEY, context.operation() + "#" + this.starts.incrementAndGet());
			this.callerValues.add(context.callerContext().getOrDefault("app", "none"));
		}

		@Override
		public void onSuccess(RequestContext context, CallResult result) {
			this.results.add(result);
		}

	}

}
