package dev.integrations.openai.autoconfigure.metrics;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.integrations.openai.autoconfigure.OpenAIAutoConfiguration;
import dev.integrations.openai.autoconfigure.OpenAIClients;
import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.resilience.RetrySettings;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration;
import org.springframework.boot.reactor.autoconfigure.ReactorAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Hooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace of an OpenAI call with Boot's Brave tracing, Boot's WebClient observations and Reactor's automatic
 * context propagation: the application's span, the client's call span under it, and one {@code http.client.requests}
 * span per attempt under that, each attempt's request carrying its own span in {@code traceparent}; the trace ID in
 * the MDC of the caller and of stream callbacks.
 */
class TracingNestingTests {

	private static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder()
		.model("gpt-4o")
		.addUserMessage("Say hello")
		.build();

	private static final String COMPLETION = """
			{"id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion", "created": 1741569952,
			 "model": "gpt-4o-2024-08-06",
			 "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello! How can I assist you today?",
			   "refusal": null, "annotations": []}, "logprobs": null, "finish_reason": "stop"}],
			 "usage": {"prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29}}
			""";

	private static final String CHUNK = "data: {\"id\":\"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG\",\"object\":"
			+ "\"chat.completion.chunk\",\"created\":1741570283,\"model\":\"gpt-4o-2024-08-06\",%s}\n\n";

	private static final String STREAM = CHUNK.formatted(
			"\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]")
			+ CHUNK.formatted("\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello\"},\"finish_reason\":null}]")
			+ CHUNK.formatted("\"choices\":[{\"index\":0,\"delta\":{\"content\":\"!\"},\"finish_reason\":null}]")
			+ CHUNK.formatted("\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]")
			+ CHUNK.formatted(
					"\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":2,\"total_tokens\":11}")
			+ "data: [DONE]\n\n";

	private static final String MODELS = """
			{"object": "list", "data": [{"id": "gpt-4o", "object": "model", "created": 1715367049, "owned_by": "system"}]}
			""";

	private static final String OVERLOADED = """
			{"error": {"message": "The server had an error while processing your request.", "type": "server_error"}}
			""";

	private WireMockServer server;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void start() {
		this.server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		this.server.start();
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, OpenAIMetricsAutoConfiguration.class,
					WebClientAutoConfiguration.class, WebClientObservationAutoConfiguration.class,
					ObservationAutoConfiguration.class, MicrometerTracingAutoConfiguration.class,
					BraveAutoConfiguration.class, ReactorAutoConfiguration.class))
			.withUserConfiguration(SpanCollectorConfiguration.class)
			.withPropertyValues("openai.api-key=sk-test-SECRET0123456789abcdef",
					"openai.base-url=http://127.0.0.1:" + this.server.port() + "/v1", "openai.retry.initial-backoff=1ms",
					"openai.retry.max-backoff=20ms", "openai.retry.jitter=0",
					"management.tracing.sampling.probability=1.0", "spring.reactor.context-propagation=auto");
	}

	@AfterEach
	void stop() {
		Hooks.disableAutomaticContextPropagation();
		this.server.stop();
	}

	@Test
	void blockingCallWithOneRetryNestsTwoAttemptSpansUnderTheCallSpanUnderTheApplicationSpan() {
		this.server.stubFor(post("/v1/chat/completions").inScenario("overloaded")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody(OVERLOADED))
			.willSetStateTo("recovered"));
		this.server.stubFor(post("/v1/chat/completions").inScenario("overloaded")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(COMPLETION)));
		this.contextRunner.run((context) -> {
			SpanCollector spans = context.getBean(SpanCollector.class);
			Observation application = Observation.start("application.request",
					context.getBean(ObservationRegistry.class));
			ChatCompletion completion;
			String traceIdAfterCall;
			String spanIdAfterCall;
			try (Observation.Scope scope = application.openScope()) {
				completion = context.getBean(OpenAIClient.class).chatCompletions().create(REQUEST);
				traceIdAfterCall = MDC.get("traceId");
				spanIdAfterCall = MDC.get("spanId");
			}
			finally {
				application.stop();
			}

			assertThat(completion.content()).isEqualTo("Hello! How can I assist you today?");
			MutableSpan applicationSpan = spans.one("application.request");
			MutableSpan call = spans.one("chat gpt-4o");
			List<MutableSpan> attempts = spans.all("http post");
			assertThat(call.parentId()).isEqualTo(applicationSpan.id());
			assertThat(call.traceId()).isEqualTo(applicationSpan.traceId());
			assertThat(attempts).hasSize(2).allSatisfy((attempt) -> {
				assertThat(attempt.parentId()).isEqualTo(call.id());
				assertThat(attempt.traceId()).isEqualTo(call.traceId());
				assertThat(attempt.kind()).isEqualTo(brave.Span.Kind.CLIENT);
			});
			assertThat(attempts).extracting((attempt) -> attempt.tag("status")).containsExactly("500", "200");
			assertThat(call.tags()).containsEntry("gen_ai.provider.name", "openai")
				.containsEntry("gen_ai.operation.name", "chat")
				.containsEntry("gen_ai.request.model", "gpt-4o")
				.containsEntry("gen_ai.response.model", "gpt-4o-2024-08-06")
				.containsEntry("gen_ai.response.id", "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT")
				.containsEntry("gen_ai.response.finish_reasons", "stop")
				.containsEntry("gen_ai.usage.input_tokens", "19")
				.containsEntry("gen_ai.usage.output_tokens", "10")
				.containsEntry("error.type", "none")
				.doesNotContainKey("gen_ai.system");
			assertThat(call.annotationCount()).isEqualTo(1);
			assertThat(call.annotationValueAt(0)).isEqualTo("retry after 500");
			List<LoggedRequest> sent = this.server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
			assertThat(sent).extracting((request) -> request.getHeader("traceparent"))
				.containsExactly(traceparent(attempts.get(0)), traceparent(attempts.get(1)));
			assertThat(traceIdAfterCall).isEqualTo(applicationSpan.traceId());
			assertThat(spanIdAfterCall).isEqualTo(applicationSpan.id());
		});
	}

	@Test
	void streamNestsItsAttemptUnderTheCallSpanWhichEndsWithTheStreamAndCallbacksLogTheTraceId() {
		this.server.stubFor(post("/v1/chat/completions")
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(STREAM)));
		this.contextRunner.run((context) -> {
			SpanCollector spans = context.getBean(SpanCollector.class);
			Observation application = Observation.start("application.stream",
					context.getBean(ObservationRegistry.class));
			List<String> callbackTraceIds = new CopyOnWriteArrayList<>();
			List<String> text = context.getBean(OpenAIClient.class)
				.chatCompletions()
				.streamAsync(REQUEST)
				.doOnNext((chunk) -> callbackTraceIds.add(String.valueOf(MDC.get("traceId"))))
				.map(ChatCompletionChunk::text)
				.contextWrite((reactor) -> reactor.put(ObservationThreadLocalAccessor.KEY, application))
				.collectList()
				.block(Duration.ofSeconds(30));
			MutableSpan call = spans.one("chat gpt-4o");
			application.stop();

			assertThat(text).containsExactly("", "Hello", "!", "", "");
			MutableSpan applicationSpan = spans.one("application.stream");
			MutableSpan attempt = spans.one("http post");
			assertThat(call.parentId()).isEqualTo(applicationSpan.id());
			assertThat(attempt.parentId()).isEqualTo(call.id());
			assertThat(call.tags()).containsEntry("gen_ai.response.id", "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG")
				.containsEntry("gen_ai.response.model", "gpt-4o-2024-08-06")
				.containsEntry("gen_ai.response.finish_reasons", "stop")
				.containsEntry("gen_ai.usage.input_tokens", "9")
				.containsEntry("gen_ai.usage.output_tokens", "2")
				.containsEntry("error.type", "none");
			assertThat(callbackTraceIds).hasSize(5).containsOnly(applicationSpan.traceId());
			assertThat(this.server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))))
				.extracting((request) -> request.getHeader("traceparent"))
				.containsExactly(traceparent(attempt));
		});
	}

	@Test
	void cancelledStreamEndsTheCallSpan() {
		this.server.stubFor(post("/v1/chat/completions")
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(STREAM)));
		this.contextRunner.run((context) -> {
			SpanCollector spans = context.getBean(SpanCollector.class);
			Observation application = Observation.start("application.stream",
					context.getBean(ObservationRegistry.class));
			ChatCompletionChunk first = context.getBean(OpenAIClient.class)
				.chatCompletions()
				.streamAsync(REQUEST)
				.contextWrite((reactor) -> reactor.put(ObservationThreadLocalAccessor.KEY, application))
				.blockFirst(Duration.ofSeconds(30));
			MutableSpan call = spans.one("chat gpt-4o");
			application.stop();

			assertThat(first).isNotNull();
			assertThat(call.parentId()).isEqualTo(spans.one("application.stream").id());
			assertThat(call.tags()).containsEntry("error.type", "cancelled");
		});
	}

	@Test
	void withoutBootsWebClientBuilderTheStarterStillGivesEveryClientsWebClientTheRegistry() {
		this.server.stubFor(get("/v1/models").willReturn(okJson(MODELS)));
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, OpenAIMetricsAutoConfiguration.class,
					ObservationAutoConfiguration.class, MicrometerTracingAutoConfiguration.class,
					BraveAutoConfiguration.class))
			.withUserConfiguration(SpanCollectorConfiguration.class)
			.withPropertyValues("openai.api-key=sk-test-SECRET0123456789abcdef",
					"openai.base-url=http://127.0.0.1:" + this.server.port() + "/v1",
					"openai.clients.local.provider=compatible",
					"openai.clients.local.base-url=http://127.0.0.1:" + this.server.port() + "/v1",
					"management.tracing.sampling.probability=1.0")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(WebClient.Builder.class);
				SpanCollector spans = context.getBean(SpanCollector.class);
				context.getBean(OpenAIClient.class).models().list();
				context.getBean(OpenAIClients.class).get("local").models().list();

				List<MutableSpan> calls = spans.all("models.list");
				List<MutableSpan> attempts = spans.all("http get");
				assertThat(calls).extracting((call) -> call.tag("openai.client.name"))
					.containsExactly("default", "local");
				assertThat(attempts).hasSize(2);
				assertThat(attempts.get(0).parentId()).isEqualTo(calls.get(0).id());
				assertThat(attempts.get(1).parentId()).isEqualTo(calls.get(1).id());
			});
	}

	@Test
	void plainJavaClientWithARegistryNestsItsHttpObservationUnderTheCall() {
		this.server.stubFor(get("/v1/models").willReturn(okJson(MODELS)));
		TestObservationRegistry registry = TestObservationRegistry.create();
		try (OpenAIClient client = OpenAIClient.builder()
			.config(OpenAIConfig.builder()
				.baseUrl("http://127.0.0.1:" + this.server.port() + "/v1")
				.apiKey("sk-test-SECRET0123456789abcdef")
				.retry(RetrySettings.NONE)
				.build())
			.observationRegistry(registry)
			.hook(new OpenAIObservationHook(registry, null))
			.build()) {
			client.models().list();
		}

		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsEqualTo(2)
			.hasObservationWithNameEqualTo("http.client.requests")
			.that()
			.hasParentObservationContextMatching((parent) -> parent instanceof OpenAIObservationContext)
			.hasLowCardinalityKeyValue("method", "GET");
	}

	private static String traceparent(MutableSpan span) {
		return "00-" + span.traceId() + "-" + span.id() + "-01";
	}

	@Configuration(proxyBeanMethods = false)
	static class SpanCollectorConfiguration {

		@Bean
		SpanCollector spanCollector() {
			return new SpanCollector();
		}

	}

	/** The spans Brave finished, in the order they ended. */
	static final class SpanCollector extends SpanHandler {

		private final List<MutableSpan> spans = new CopyOnWriteArrayList<>();

		@Override
		public boolean end(TraceContext context, MutableSpan span, Cause cause) {
			this.spans.add(span);
			return true;
		}

		List<MutableSpan> all(String name) {
			return this.spans.stream().filter((span) -> name.equals(span.name())).toList();
		}

		MutableSpan one(String name) {
			List<MutableSpan> named = all(name);
			assertThat(named).as("spans named %s among %s", name, this.spans).hasSize(1);
			return named.get(0);
		}

	}

}
