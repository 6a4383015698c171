package dev.integrations.openai.assistants;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SuppressWarnings("deprecation")
class RunServiceTest extends WireMockSupport {

	private static final String RUN_PATH = "/v1/threads/thread_abc123/runs/run_abc123";

	@Test
	void createSendsEveryRunFieldAndIncludeAsQueryParameter() {
		this.server.stubFor(post(urlPathEqualTo("/v1/threads/thread_abc123/runs"))
			.willReturn(okJson(RunFixtures.run("queued"))));

		Run run = this.client.threads()
			.runs()
			.create("thread_abc123", RunRequest.builder().assistantId("asst_abc123")
				.model("gpt-4o")
				.reasoningEffort("medium")
				.instructions("You answer weather questions.")
				.additionalInstructions("Address the user as Jane Doe.")
				.additionalMessage(MessageRequest.user("What is the weather in Paris?"))
				.tool(AssistantTool.function(FunctionDefinition.of("get_weather", "Current weather in a city",
						Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string"))))))
				.tool(AssistantTool.fileSearch())
				.metadata(Map.of("request", "r-1"))
				.temperature(0.3)
				.topP(0.8)
				.maxPromptTokens(2000)
				.maxCompletionTokens(500)
				.truncationStrategy(TruncationStrategy.lastMessages(10))
				.toolChoice(ToolChoice.function("get_weather"))
				.parallelToolCalls(false)
				.responseFormat(ResponseFormat.text())
				.include(List.of(RunStep.FILE_SEARCH_RESULT_CONTENT))
				.build());

		this.server.verify(postRequestedFor(urlEqualTo(
				"/v1/threads/thread_abc123/runs?include%5B%5D=step_details.tool_calls%5B*%5D.file_search.results%5B*%5D.content"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2"))
			.withRequestBody(equalToJson("""
					{
					  "assistant_id": "asst_abc123",
					  "model": "gpt-4o",
					  "reasoning_effort": "medium",
					  "instructions": "You answer weather questions.",
					  "additional_instructions": "Address the user as Jane Doe.",
					  "additional_messages": [{"role": "user", "content": "What is the weather in Paris?"}],
					  "tools": [
					    {"type": "function", "function": {"name": "get_weather", "description": "Current weather in a city",
					      "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}},
					    {"type": "file_search"}
					  ],
					  "metadata": {"request": "r-1"},
					  "temperature": 0.3,
					  "top_p": 0.8,
					  "max_prompt_tokens": 2000,
					  "max_completion_tokens": 500,
					  "truncation_strategy": {"type": "last_messages", "last_messages": 10},
					  "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
					  "parallel_tool_calls": false,
					  "response_format": {"type": "text"}
					}
					""", false, false)));
		assertThat(run.status()).isEqualTo(RunStatus.QUEUED);
		assertThat(run.truncationStrategy()).isEqualTo(TruncationStrategy.auto());
		assertThat(run.toolChoice()).isEqualTo(ToolChoice.auto());
		assertThat(run.responseFormat()).isEqualTo(ResponseFormat.auto());
		assertThat(run.tokenUsage()).isNull();
	}

	@Test
	void retrieveParsesRequiredActionAndNamedToolChoice() {
		this.server.stubFor(get(RUN_PATH).willReturn(okJson(RunFixtures.REQUIRES_ACTION)));

		Run run = this.client.threads().runs().retrieve("thread_abc123", "run_abc123");

		assertThat(run.status()).isEqualTo(RunStatus.REQUIRES_ACTION);
		assertThat(run.status().isTerminal()).isFalse();
		assertThat(run.requiredToolCalls()).singleElement().satisfies((call) -> {
			assertThat(call.id()).isEqualTo("call_001");
			assertThat(call.function().name()).isEqualTo("get_weather");
			assertThat(call.function().arguments()).isEqualTo("{\"city\":\"Paris\"}");
		});
		assertThat(run.toolChoice()).isEqualTo(ToolChoice.function("get_weather"));
		assertThat(run.responseFormat()).isEqualTo(ResponseFormat.jsonObject());
		assertThat(run.truncationStrategy()).isEqualTo(TruncationStrategy.lastMessages(10));
		assertThat(run.parallelToolCalls()).isFalse();
		assertThat(run.expiresAt()).isEqualTo(1699063890L);
		this.server.verify(getRequestedFor(urlEqualTo(RUN_PATH)).withHeader("OpenAI-Beta", equalTo("assistants=v2")));
	}

	@Test
	void completedRunReportsTokenUsage() {
		this.server.stubFor(get(RUN_PATH).willReturn(okJson(RunFixtures.run("completed"))));

		Run run = this.client.threads().runs().retrieveAsync("thread_abc123", "run_abc123").block();

		assertThat(run.usage()).isEqualTo(new RunUsage(456, 123, 579));
		assertThat(run.tokenUsage().inputTokens()).isEqualTo(123);
		assertThat(run.tokenUsage().outputTokens()).isEqualTo(456);
		assertThat(run.model()).isEqualTo("gpt-4o");
	}

	@Test
	void listModifyAndCancel() {
		this.server.stubFor(get(urlPathEqualTo("/v1/threads/thread_abc123/runs")).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "run_abc123", "last_id": "run_abc123", "has_more": false}
				""".formatted(RunFixtures.run("completed")))));
		this.server.stubFor(post(RUN_PATH).willReturn(okJson(RunFixtures.run("completed"))));
		this.server.stubFor(post(RUN_PATH + "/cancel").willReturn(okJson(RunFixtures.run("cancelling"))));
		RunService runs = this.client.threads().runs();

		ListResponse<Run> page = runs.list("thread_abc123", ListParams.limit(5));
		Run modified = runs.modify("thread_abc123", "run_abc123", Map.of("user_id", "user_abc123"));
		Run cancelling = runs.cancel("thread_abc123", "run_abc123");

		assertThat(page.data()).extracting(Run::id).containsExactly("run_abc123");
		assertThat(runs.listAutoPaging("thread_abc123", ListParams.DEFAULTS).stream().count()).isEqualTo(1);
		assertThat(modified.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(cancelling.status()).isEqualTo(RunStatus.CANCELLING);
		this.server.verify(getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/runs?limit=5"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2")));
		this.server.verify(postRequestedFor(urlEqualTo(RUN_PATH)).withHeader("OpenAI-Beta", equalTo("assistants=v2"))
			.withRequestBody(equalToJson("{\"metadata\": {\"user_id\": \"user_abc123\"}}")));
		this.server.verify(postRequestedFor(urlEqualTo(RUN_PATH + "/cancel"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2")));
	}

	@Test
	void submitToolOutputsSendsEveryOutput() {
		this.server.stubFor(post(RUN_PATH + "/submit_tool_outputs").willReturn(okJson(RunFixtures.run("queued"))));

		StepVerifier.create(this.client.threads()
			.runs()
			.submitToolOutputsAsync("thread_abc123", "run_abc123",
					List.of(new ToolOutput("call_001", "{\"celsius\":18}"), new ToolOutput("call_002", "70 degrees"))))
			.assertNext((run) -> assertThat(run.status()).isEqualTo(RunStatus.QUEUED))
			.verifyComplete();

		this.server.verify(postRequestedFor(urlEqualTo(RUN_PATH + "/submit_tool_outputs"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2"))
			.withRequestBody(equalToJson("""
					{"tool_outputs": [{"tool_call_id": "call_001", "output": "{\\"celsius\\":18}"},
					                  {"tool_call_id": "call_002", "output": "70 degrees"}]}
					""")));
	}

	@Test
	void createThreadAndRunWritesRunFieldsAtTopLevel() {
		this.server.stubFor(post("/v1/threads/runs").willReturn(okJson(RunFixtures.run("queued"))));

		Run run = this.client.threads()
			.createAndRun(ThreadRunRequest
				.of(ThreadRequest.of(MessageRequest.user("Explain deep learning to a 5 year old.")),
						RunRequest.builder().assistantId("asst_abc123").instructions("Be brief.").maxCompletionTokens(300).build())
				.withToolResources(ToolResources.fileSearchVectorStore("vs_abc123")));

		assertThat(run.threadId()).isEqualTo("thread_abc123");
		this.server.verify(postRequestedFor(urlEqualTo("/v1/threads/runs"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2"))
			.withRequestBody(equalToJson("""
					{
					  "assistant_id": "asst_abc123",
					  "thread": {"messages": [{"role": "user", "content": "Explain deep learning to a 5 year old."}]},
					  "tool_resources": {"file_search": {"vector_store_ids": ["vs_abc123"]}},
					  "instructions": "Be brief.",
					  "max_completion_tokens": 300
					}
					""")));
	}

	@Test
	void runStepsListAndRetrieveWithInclude() {
		String steps = "/v1/threads/thread_abc123/runs/run_abc123/steps";
		this.server.stubFor(get(urlPathEqualTo(steps)).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "step_abc123", "last_id": "step_abc123", "has_more": false}
				""".formatted(RunFixtures.TOOL_STEP))));
		this.server.stubFor(get(urlPathEqualTo(steps + "/step_abc123")).willReturn(okJson(RunFixtures.TOOL_STEP)));
		RunStepService service = this.client.threads().runs().steps();

		ListResponse<RunStep> page = service.list("thread_abc123", "run_abc123",
				RunStepListParams.of(ListParams.limit(10)).withInclude(List.of(RunStep.FILE_SEARCH_RESULT_CONTENT)));
		RunStep step = service.retrieve("thread_abc123", "run_abc123", "step_abc123", List.of());

		assertThat(page.data()).hasSize(1);
		assertThat(step.status()).isEqualTo(RunStep.Status.COMPLETED);
		assertThat(step.usage().totalTokens()).isEqualTo(579);
		List<RunStepToolCall> calls = ((StepDetails.ToolCalls) step.stepDetails()).toolCalls();
		assertThat(calls.get(0)).isInstanceOfSatisfying(RunStepToolCall.FileSearchCall.class, (call) -> {
			assertThat(call.fileSearch().rankingOptions().ranker()).isEqualTo("default_2024_08_21");
			assertThat(call.fileSearch().results()).singleElement().satisfies((result) -> {
				assertThat(result.fileName()).isEqualTo("handbook.pdf");
				assertThat(result.score()).isEqualTo(0.87);
				assertThat(result.content().get(0).text()).isEqualTo("Employees receive 25 days of paid leave.");
			});
		});
		assertThat(calls.get(1)).isInstanceOfSatisfying(RunStepToolCall.CodeInterpreterCall.class, (call) -> {
			assertThat(call.codeInterpreter().input()).isEqualTo("print(25 * 8)");
			assertThat(call.codeInterpreter().outputs()).containsExactly(new CodeInterpreterOutput.Logs(null, "200"),
					new CodeInterpreterOutput.Image(null, new ImageFile("file-plot", null)));
		});
		assertThat(calls.get(2)).isInstanceOfSatisfying(RunStepToolCall.FunctionCall.class,
				(call) -> assertThat(call.function().output()).isEqualTo("{\"celsius\":18}"));
		this.server.verify(getRequestedFor(urlEqualTo(steps
				+ "?limit=10&include%5B%5D=step_details.tool_calls%5B*%5D.file_search.results%5B*%5D.content"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2")));
		this.server.verify(getRequestedFor(urlEqualTo(steps + "/step_abc123"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2")));
	}

	@Test
	void apiErrorOfCreateRunIsTyped() {
		this.server.stubFor(post("/v1/threads/thread_abc123/runs").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "Thread thread_abc123 already has an active run run_old.",
					 "type": "invalid_request_error", "param": null, "code": null}}
					""")));

		assertThatThrownBy(() -> this.client.threads()
			.runs()
			.create("thread_abc123", RunRequest.builder().assistantId("asst_abc123").build()))
			.isInstanceOfSatisfying(BadRequestException.class,
					(ex) -> assertThat(ex.getMessage()).contains("already has an active run"));
	}

	@Test
	void invalidRunsAreRejectedBeforeAnyCall() {
		assertThatThrownBy(() -> RunRequest.builder().assistantId(" ").build()).isInstanceOf(OpenAIValidationException.class)
			.hasMessage("assistant_id must not be blank");
		assertThatThrownBy(() -> RunRequest.builder().assistantId("asst_abc123").maxPromptTokens(100).build())
			.hasMessage("max_prompt_tokens must be at least 256, was 100");
		assertThatThrownBy(() -> RunRequest.builder().assistantId("asst_abc123").topP(1.5).build())
			.hasMessage("top_p must be between 0 and 1, was 1.5");
		assertThatThrownBy(() -> TruncationStrategy.lastMessages(0))
			.hasMessage("truncation_strategy.last_messages must be at least 1, was 0");
		assertThatThrownBy(() -> ThreadRunRequest.of(ThreadRequest.EMPTY,
				RunRequest.builder().assistantId("asst_abc123").additionalInstructions("More").build()))
			.hasMessage("additional_instructions is not accepted by create-thread-and-run");
		assertThatThrownBy(() -> this.client.threads().runs().submitToolOutputs("thread_abc123", "run_abc123", List.of()))
			.hasMessage("tool_outputs must not be empty");
		StepVerifier.create(this.client.threads().runs().cancelAsync("thread_abc123", ""))
			.expectErrorMessage("run_id must not be blank")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
