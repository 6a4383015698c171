package dev.integrations.openai.assistants;

import java.util.ArrayList;
import java.util.List;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.errors.OpenAIStreamException;
import dev.integrations.openai.common.TokenUsage;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("deprecation")
class RunStreamingTest extends WireMockSupport {

	private static final String RUN = "{\"id\":\"run_123\",\"object\":\"thread.run\",\"created_at\":1710330640,"
			+ "\"assistant_id\":\"asst_123\",\"thread_id\":\"thread_123\",\"status\":\"%s\",\"started_at\":null,"
			+ "\"expires_at\":1710331240,\"model\":\"gpt-4o\",\"instructions\":null,\"tools\":[],\"metadata\":{},"
			+ "\"usage\":%s,\"temperature\":1.0,\"top_p\":1.0,\"response_format\":\"auto\",\"tool_choice\":\"auto\","
			+ "\"parallel_tool_calls\":true%s}";

	private static final String STEP = "{\"id\":\"step_001\",\"object\":\"thread.run.step\",\"created_at\":1710330641,"
			+ "\"run_id\":\"run_123\",\"assistant_id\":\"asst_123\",\"thread_id\":\"thread_123\",\"type\":\"%s\","
			+ "\"status\":\"%s\",\"step_details\":%s,\"usage\":null}";

	private static final String MESSAGE = "{\"id\":\"msg_001\",\"object\":\"thread.message\",\"created_at\":1710330641,"
			+ "\"thread_id\":\"thread_123\",\"role\":\"assistant\",\"status\":\"%s\",\"content\":%s,"
			+ "\"assistant_id\":\"asst_123\",\"run_id\":\"run_123\",\"attachments\":[],\"metadata\":{}}";

	private static final String MESSAGE_CREATION = "{\"type\":\"message_creation\",\"message_creation\":{\"message_id\":\"msg_001\"}}";

	private static String run(String status) {
		return RUN.formatted(status, "completed".equals(status)
				? "{\"prompt_tokens\":20,\"completion_tokens\":11,\"total_tokens\":31}" : "null", "");
	}

	private static String requiresAction() {
		return RUN.formatted("requires_action", "null", ",\"required_action\":{\"type\":\"submit_tool_outputs\","
				+ "\"submit_tool_outputs\":{\"tool_calls\":[{\"id\":\"call_001\",\"type\":\"function\","
				+ "\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}}]}}");
	}

	private static String delta(String text) {
		return "{\"id\":\"msg_001\",\"object\":\"thread.message.delta\",\"delta\":{\"content\":[{\"index\":0,"
				+ "\"type\":\"text\",\"text\":{\"value\":\"" + text + "\",\"annotations\":[]}}]}}";
	}

	private static String sse(String... eventAndData) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < eventAndData.length; i += 2) {
			body.append("event: ").append(eventAndData[i]).append('\n');
			body.append("data: ").append(eventAndData[i + 1]).append("\n\n");
		}
		return body.append("event: done\ndata: [DONE]\n\n").toString();
	}

	private void stubStream(String path, String body) {
		this.server.stubFor(post(path).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(body)));
	}

	private static final String MESSAGE_STREAM = sse("thread.run.created", run("queued"), "thread.run.queued",
			run("queued"), "thread.run.in_progress", run("in_progress"), "thread.run.step.created",
			STEP.formatted("message_creation", "in_progress", MESSAGE_CREATION), "thread.run.step.in_progress",
			STEP.formatted("message_creation", "in_progress", MESSAGE_CREATION), "thread.message.created",
			MESSAGE.formatted("in_progress", "[]"), "thread.message.in_progress", MESSAGE.formatted("in_progress", "[]"),
			"thread.message.delta", delta("Hello"), "thread.message.delta", delta(" there!"),
			"thread.message.completed",
			MESSAGE.formatted("completed",
					"[{\"type\":\"text\",\"text\":{\"value\":\"Hello there!\",\"annotations\":[]}}]"),
			"thread.run.step.completed", STEP.formatted("message_creation", "completed", MESSAGE_CREATION),
			"thread.run.completed", run("completed"));

	@Test
	void createStreamSendsStreamTrueAndDecodesEveryEventByName() {
		stubStream("/v1/threads/thread_123/runs", MESSAGE_STREAM);

		List<AssistantStreamEvent> events = new ArrayList<>();
		try (BlockingStream<AssistantStreamEvent> stream = this.client.threads()
			.runs()
			.createStream("thread_123", RunRequest.builder().assistantId("asst_123").build())) {
			stream.forEach(events::add);
		}

		assertThat(events).extracting(AssistantStreamEvent::event)
			.containsExactly("thread.run.created", "thread.run.queued", "thread.run.in_progress",
					"thread.run.step.created", "thread.run.step.in_progress", "thread.message.created",
					"thread.message.in_progress", "thread.message.delta", "thread.message.delta",
					"thread.message.completed", "thread.run.step.completed", "thread.run.completed");
		assertThat(events.get(0)).isInstanceOfSatisfying(AssistantStreamEvent.RunEvent.class,
				(event) -> assertThat(event.run().status()).isEqualTo(RunStatus.QUEUED));
		assertThat(events.get(3)).isInstanceOfSatisfying(AssistantStreamEvent.RunStepEvent.class,
				(event) -> assertThat(event.step().stepDetails()).isInstanceOfSatisfying(StepDetails.MessageCreation.class,
						(details) -> assertThat(details.messageCreation().messageId()).isEqualTo("msg_001")));
		StringBuilder text = new StringBuilder();
		events.stream()
			.filter(AssistantStreamEvent.MessageDeltaEvent.class::isInstance)
			.map((event) -> ((AssistantStreamEvent.MessageDeltaEvent) event).delta())
			.forEach((delta) -> {
				assertThat(delta.delta().content().get(0).index()).isZero();
				text.append(delta.text());
			});
		assertThat(text).hasToString("Hello there!");
		assertThat(events.get(9)).isInstanceOfSatisfying(AssistantStreamEvent.MessageEvent.class,
				(event) -> assertThat(event.message().text()).isEqualTo("Hello there!"));
		assertThat(events.get(11)).isInstanceOfSatisfying(AssistantStreamEvent.RunEvent.class,
				(event) -> {
					assertThat(event.run().usage().totalTokens()).isEqualTo(31);
					assertThat(event.tokenUsage()).isEqualTo(new TokenUsage(20, 11));
					assertThat(event.model()).isEqualTo("gpt-4o");
				});
		this.server.verify(postRequestedFor(urlEqualTo("/v1/threads/thread_123/runs"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2"))
			.withHeader("Accept", equalTo("text/event-stream"))
			.withRequestBody(equalToJson("{\"assistant_id\": \"asst_123\", \"stream\": true}")));
	}

	@Test
	void requiresActionStreamThenSubmitToolOutputsStream() {
		String toolStep = STEP.formatted("tool_calls", "in_progress",
				"{\"type\":\"tool_calls\",\"tool_calls\":[]}");
		String stepDelta = "{\"id\":\"step_001\",\"object\":\"thread.run.step.delta\",\"delta\":{\"step_details\":"
				+ "{\"type\":\"tool_calls\",\"tool_calls\":[{\"index\":0,\"id\":\"call_001\",\"type\":\"function\","
				+ "\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\"\",\"output\":null}}]}}}";
		String argumentsDelta = "{\"id\":\"step_001\",\"object\":\"thread.run.step.delta\",\"delta\":{\"step_details\":"
				+ "{\"type\":\"tool_calls\",\"tool_calls\":[{\"index\":0,\"type\":\"function\","
				+ "\"function\":{\"arguments\":\":\\\"Paris\\\"}\"}}]}}}";
		stubStream("/v1/threads/thread_123/runs",
				sse("thread.run.created", run("queued"), "thread.run.in_progress", run("in_progress"),
						"thread.run.step.created", toolStep, "thread.run.step.delta", stepDelta,
						"thread.run.step.delta", argumentsDelta, "thread.run.requires_action", requiresAction()));
		stubStream("/v1/threads/thread_123/runs/run_123/submit_tool_outputs",
				sse("thread.run.queued", run("queued"), "thread.run.in_progress", run("in_progress"),
						"thread.message.delta", delta("It is 18°C in Paris."), "thread.run.completed",
						run("completed")));
		RunService runs = this.client.threads().runs();

		List<AssistantStreamEvent> first = runs.createStreamAsync("thread_123", RunRequest.builder().assistantId("asst_123").build())
			.collectList()
			.block();

		assertThat(first).hasSize(6);
		StringBuilder arguments = new StringBuilder();
		first.stream()
			.filter(AssistantStreamEvent.RunStepDeltaEvent.class::isInstance)
			.map((event) -> (StepDetails.ToolCalls) ((AssistantStreamEvent.RunStepDeltaEvent) event).delta()
				.delta()
				.stepDetails())
			.forEach((details) -> {
				RunStepToolCall.FunctionCall call = (RunStepToolCall.FunctionCall) details.toolCalls().get(0);
				assertThat(call.index()).isZero();
				arguments.append(call.function().arguments());
			});
		assertThat(arguments).hasToString("{\"city\":\"Paris\"}");
		AssistantStreamEvent.RunEvent last = (AssistantStreamEvent.RunEvent) first.get(5);
		assertThat(last.event()).isEqualTo("thread.run.requires_action");
		assertThat(last.run().status()).isEqualTo(RunStatus.REQUIRES_ACTION);
		String callId = last.run().requiredToolCalls().get(0).id();

		StepVerifier.create(runs.submitToolOutputsStreamAsync("thread_123", last.run().id(),
				List.of(new ToolOutput(callId, "{\"celsius\":18}"))))
			.expectNextMatches((event) -> event.event().equals("thread.run.queued"))
			.expectNextCount(1)
			.assertNext((event) -> assertThat(((AssistantStreamEvent.MessageDeltaEvent) event).delta().text())
				.isEqualTo("It is 18°C in Paris."))
			.assertNext((event) -> assertThat(((AssistantStreamEvent.RunEvent) event).run().status())
				.isEqualTo(RunStatus.COMPLETED))
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/threads/thread_123/runs/run_123/submit_tool_outputs"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2"))
			.withRequestBody(equalToJson("""
					{"tool_outputs": [{"tool_call_id": "call_001", "output": "{\\"celsius\\":18}"}], "stream": true}
					""")));
	}

	@Test
	void createAndRunStreamStartsWithThreadCreatedAndKeepsUnknownEvents() {
		stubStream("/v1/threads/runs", sse("thread.created",
				"{\"id\":\"thread_123\",\"object\":\"thread\",\"created_at\":1710330640,\"metadata\":{}}",
				"thread.run.created", run("queued"), "thread.run.step.celebrated", "{\"id\":\"step_001\"}",
				"thread.run.completed", run("completed")));

		try (BlockingStream<AssistantStreamEvent> stream = this.client.threads()
			.createAndRunStream(ThreadRunRequest.of(ThreadRequest.of(MessageRequest.user("Hello")),
					RunRequest.builder().assistantId("asst_123").build()))) {
			List<AssistantStreamEvent> events = stream.stream().toList();

			assertThat(events.get(0)).isInstanceOfSatisfying(AssistantStreamEvent.ThreadEvent.class,
					(event) -> assertThat(event.thread().id()).isEqualTo("thread_123"));
			assertThat(events.get(2)).isEqualTo(
					new AssistantStreamEvent.Unknown("thread.run.step.celebrated", "{\"id\":\"step_001\"}"));
			assertThat(events).hasSize(4);
		}
		this.server.verify(postRequestedFor(urlEqualTo("/v1/threads/runs"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2"))
			.withRequestBody(equalToJson("""
					{"assistant_id": "asst_123", "thread": {"messages": [{"role": "user", "content": "Hello"}]},
					 "stream": true}
					""")));
	}

	@Test
	void errorEventEndsTheStreamWithStreamException() {
		stubStream("/v1/threads/thread_123/runs", "event: thread.run.created\ndata: " + run("queued") + "\n\n"
				+ "event: error\ndata: {\"code\":\"server_error\",\"message\":\"The server had an error while "
				+ "processing your request.\",\"param\":null,\"type\":\"server_error\"}\n\n");

		StepVerifier.create(this.client.threads().runs().createStreamAsync("thread_123",
				RunRequest.builder().assistantId("asst_123").build()))
			.expectNextCount(1)
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(OpenAIStreamException.class)
				.hasMessageContaining("The server had an error"))
			.verify();
	}

}
