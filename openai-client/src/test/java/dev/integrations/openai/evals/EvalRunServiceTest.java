package dev.integrations.openai.evals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.integrations.openai.VirtualTime;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.finetuning.GraderMessage;
import dev.integrations.openai.finetuning.GraderMessage.Role;
import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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

/**
 * Runs of an eval ({@code evals().runs()}) and their output items ({@code evals().runs().outputItems()}) against
 * WireMock: the exact request on the wire, the spec-shaped answers read, polling, paging, validation and errors.
 */
class EvalRunServiceTest extends WireMockSupport {

	private static final String EVAL_ID = "eval_67e579652b548190aaa83ada4b125f47";

	private static final String RUN_ID = "evalrun_67e57965b480819094274e3a32235e4c";

	private static final String RUNS = "/v1/evals/" + EVAL_ID + "/runs";

	private static final String RUN = RUNS + "/" + RUN_ID;

	private static final String ITEMS = RUN + "/output_items";

	/** The spec's example of a queued completions run, the long prompt shortened. */
	private static final String QUEUED = """
			{"object": "eval.run", "id": "evalrun_67e57965b480819094274e3a32235e4c",
			 "eval_id": "eval_67e579652b548190aaa83ada4b125f47",
			 "report_url": "https://platform.openai.com/evaluations/eval_67e579652b548190aaa83ada4b125f47&run_id=evalrun_67e57965b480819094274e3a32235e4c",
			 "status": "queued", "model": "gpt-4o-mini", "name": "gpt-4o-mini", "created_at": 1743092069,
			 "result_counts": {"total": 0, "errored": 0, "failed": 0, "passed": 0},
			 "per_model_usage": null, "per_testing_criteria_results": null,
			 "data_source": {"type": "completions",
			   "source": {"type": "file_content", "content": [{"item": {
			     "input": "Tech Company Launches Advanced Artificial Intelligence Platform", "ground_truth": "Technology"}}]},
			   "input_messages": {"type": "template", "template": [
			     {"type": "message", "role": "developer",
			      "content": {"type": "input_text", "text": "Categorize a given news headline into one topic."}},
			     {"type": "message", "role": "user", "content": {"type": "input_text", "text": "{{item.input}}"}}]},
			   "model": "gpt-4o-mini",
			   "sampling_params": {"seed": 42, "temperature": 1.0, "top_p": 1.0, "max_completion_tokens": 2048}},
			 "error": null, "metadata": {}}
			""";

	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60));
	}

	@Test
	void createSendsACompletionsRunAndReadsTheQueuedRun() {
		this.server.stubFor(post(RUNS).willReturn(okJson(QUEUED).withStatus(201)));

		EvalRun run = this.client.evals()
			.runs()
			.create(EVAL_ID, EvalRunRequest.builder()
				.name("gpt-4o-mini")
				.dataSource(new RunDataSource.Completions(
						RunSource.items(Map.of("input", "Tech Company Launches Advanced Artificial Intelligence Platform",
								"ground_truth", "Technology")),
						InputMessages.template(
								GraderMessage.text(Role.DEVELOPER, "Categorize a given news headline into one topic."),
								GraderMessage.text(Role.USER, "{{item.input}}")),
						"gpt-4o-mini",
						new RunDataSource.CompletionsSamplingParams(2048, null, null, 42L, 1.0, null, 1.0)))
				.metadata("suite", "nightly")
				.build());

		assertThat(run.id()).isEqualTo(RUN_ID);
		assertThat(run.status()).isEqualTo(EvalRunStatus.QUEUED);
		assertThat(run.isTerminal()).isFalse();
		assertThat(run.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1743092069));
		assertThat(run.resultCounts()).isEqualTo(new EvalRun.ResultCounts(0, 0, 0, 0));
		assertThat(run.perModelUsage()).isEmpty();
		assertThat(run.error()).isNull();
		assertThat(run.dataSource()).isInstanceOfSatisfying(RunDataSource.Completions.class, (source) -> {
			assertThat(source.model()).isEqualTo("gpt-4o-mini");
			assertThat(source.samplingParams().maxCompletionTokens()).isEqualTo(2048);
			assertThat(source.source()).isInstanceOfSatisfying(RunSource.FileContent.class,
					(content) -> assertThat(content.content()).singleElement()
						.satisfies((row) -> assertThat(row.item()).containsEntry("ground_truth", "Technology")));
			assertThat(source.inputMessages()).isInstanceOfSatisfying(InputMessages.Template.class,
					(template) -> assertThat(template.template()).extracting(GraderMessage::role)
						.containsExactly(Role.DEVELOPER, Role.USER));
		});
		this.server.verify(postRequestedFor(urlEqualTo(RUNS)).withRequestBody(equalToJson("""
				{"name": "gpt-4o-mini",
				 "data_source": {"type": "completions",
				   "source": {"type": "file_content", "content": [{"item": {
				     "input": "Tech Company Launches Advanced Artificial Intelligence Platform",
				     "ground_truth": "Technology"}}]},
				   "input_messages": {"type": "template", "template": [
				     {"type": "message", "role": "developer", "content": "Categorize a given news headline into one topic."},
				     {"type": "message", "role": "user", "content": "{{item.input}}"}]},
				   "model": "gpt-4o-mini",
				   "sampling_params": {"max_completion_tokens": 2048, "seed": 42, "temperature": 1.0, "top_p": 1.0}},
				 "metadata": {"suite": "nightly"}}
				""")));
	}

	@Test
	void createAsyncSendsAResponsesRunOverStoredResponsesAndReadsUsageAndResults() {
		this.server.stubFor(post(RUNS).willReturn(okJson("""
				{"object": "eval.run", "id": "evalrun_67e57965b480819094274e3a32235e4c",
				 "eval_id": "eval_67e579652b548190aaa83ada4b125f47", "status": "completed", "model": "gpt-4.1",
				 "name": "Trajectories", "created_at": 1743092069, "report_url": "https://platform.openai.com/evaluations/x",
				 "result_counts": {"total": 3, "errored": 0, "failed": 1, "passed": 2},
				 "per_model_usage": [{"model_name": "gpt-4.1", "invocation_count": 3, "prompt_tokens": 966,
				   "completion_tokens": 6, "total_tokens": 972, "cached_tokens": 0}],
				 "per_testing_criteria_results": [{"testing_criteria": "exact-4fdb3b6a", "passed": 2, "failed": 1}],
				 "data_source": {"type": "responses", "model": "gpt-4.1",
				   "input_messages": {"type": "item_reference", "item_reference": "item.input_trajectory"},
				   "source": {"type": "responses", "created_after": 1743000000, "users": ["user_123"]}},
				 "error": null, "metadata": {"suite": "nightly"}}
				""")));

		StepVerifier.create(this.client.evals()
			.runs()
			.createAsync(EVAL_ID, EvalRunRequest.builder()
				.name("Trajectories")
				.dataSource(RunDataSource.responses("gpt-4.1", InputMessages.itemReference("item.input_trajectory"),
						new RunSource.Responses(1743000000L, null, null, null, null, null, null, null, null,
								List.of("user_123"))))
				.build()))
			.assertNext((run) -> {
				assertThat(run.isTerminal()).isTrue();
				assertThat(run.resultCounts().passed()).isEqualTo(2);
				assertThat(run.perModelUsage()).singleElement()
					.isEqualTo(new EvalRun.ModelUsage("gpt-4.1", 3, 966, 6, 972, 0));
				assertThat(run.perTestingCriteriaResults()).singleElement()
					.isEqualTo(new EvalRun.CriterionResult("exact-4fdb3b6a", 2, 1));
				assertThat(run.metadata()).containsEntry("suite", "nightly");
				assertThat(run.dataSource()).isInstanceOfSatisfying(RunDataSource.Responses.class,
						(source) -> assertThat(source.inputMessages())
							.isEqualTo(InputMessages.itemReference("item.input_trajectory")));
			})
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo(RUNS)).withRequestBody(equalToJson("""
				{"name": "Trajectories",
				 "data_source": {"type": "responses", "model": "gpt-4.1",
				   "input_messages": {"type": "item_reference", "item_reference": "item.input_trajectory"},
				   "source": {"type": "responses", "created_after": 1743000000, "users": ["user_123"]}}}
				""")));
	}

	@Test
	void retrieveCancelAndDeleteUseTheRunRoute() {
		this.server.stubFor(get(RUN).willReturn(okJson(QUEUED)));
		this.server.stubFor(post(RUN).willReturn(okJson(QUEUED.replace("\"queued\"", "\"canceled\""))));
		this.server.stubFor(delete(RUN).willReturn(okJson("""
				{"object": "eval.run.deleted", "deleted": true, "run_id": "evalrun_67e57965b480819094274e3a32235e4c"}
				""")));

		EvalRun retrieved = this.client.evals().runs().retrieve(EVAL_ID, RUN_ID);
		EvalRun canceled = this.client.evals().runs().cancel(EVAL_ID, RUN_ID);
		StepVerifier.create(this.client.evals().runs().cancelAsync(EVAL_ID, RUN_ID))
			.assertNext((async) -> assertThat(async).isEqualTo(canceled))
			.verifyComplete();
		EvalRunDeletion deleted = this.client.evals().runs().delete(EVAL_ID, RUN_ID);
		StepVerifier.create(this.client.evals().runs().deleteAsync(EVAL_ID, RUN_ID))
			.assertNext((async) -> assertThat(async).isEqualTo(deleted))
			.verifyComplete();

		assertThat(retrieved.status()).isEqualTo(EvalRunStatus.QUEUED);
		assertThat(canceled.status()).isEqualTo(EvalRunStatus.CANCELED);
		assertThat(deleted).isEqualTo(new EvalRunDeletion("eval.run.deleted", true, RUN_ID));
		this.server.verify(getRequestedFor(urlEqualTo(RUN)));
		this.server.verify(2, postRequestedFor(urlEqualTo(RUN)).withRequestBody(absent()));
		this.server.verify(2, deleteRequestedFor(urlEqualTo(RUN)));
	}

	@Test
	void listFiltersByStatusAndThePagerFollowsTheLastId() {
		String completed = QUEUED.replace("\"queued\"", "\"completed\"");
		String other = completed.replace(RUN_ID, "evalrun_67e0c7d31560819090d60e0a2a6e8a0e");
		this.server.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("after", absent()).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "%s", "last_id": "%s", "has_more": true}
				""".formatted(completed, RUN_ID, RUN_ID))));
		this.server.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("after", equalTo(RUN_ID)).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "evalrun_67e0c7d31560819090d60e0a2a6e8a0e",
				 "last_id": "evalrun_67e0c7d31560819090d60e0a2a6e8a0e", "has_more": false}
				""".formatted(other))));
		EvalRunListParams params = new EvalRunListParams(null, 1, SortOrder.DESC, EvalRunStatus.COMPLETED);

		ListResponse<EvalRun> page = this.client.evals().runs().list(EVAL_ID, params);
		List<String> all = this.client.evals().runs().listAutoPaging(EVAL_ID, params).stream().map(EvalRun::id).toList();

		assertThat(page.data()).extracting(EvalRun::status).containsExactly(EvalRunStatus.COMPLETED);
		assertThat(all).containsExactly(RUN_ID, "evalrun_67e0c7d31560819090d60e0a2a6e8a0e");
		this.server.verify(2, getRequestedFor(urlEqualTo(RUNS + "?limit=1&order=desc&status=completed")));
		this.server.verify(1, getRequestedFor(urlEqualTo(RUNS + "?after=" + RUN_ID + "&limit=1&order=desc&status=completed")));
	}

	@Test
	void awaitCompletionPollsUntilTheRunIsCompletedWithoutWaiting() {
		String state = Scenario.STARTED;
		String[] statuses = { "queued", "in_progress", "completed" };
		for (int i = 0; i < statuses.length; i++) {
			String next = "poll-" + (i + 1);
			this.server.stubFor(get(RUN).inScenario("statuses")
				.whenScenarioStateIs(state)
				.willReturn(okJson(QUEUED.replace("\"queued\"", "\"" + statuses[i] + "\"")))
				.willSetStateTo(next));
			state = next;
		}
		VirtualTime time = new VirtualTime();

		EvalRun run = this.client.evals()
			.runs()
			.awaitCompletion(EVAL_ID, RUN_ID, time.poller(Duration.ofSeconds(10), Duration.ofHours(1)));

		assertThat(run.status()).isEqualTo(EvalRunStatus.COMPLETED);
		assertThat(time.sleeps()).hasSize(2).allMatch(Duration.ofSeconds(10)::equals);
		this.server.verify(3, getRequestedFor(urlEqualTo(RUN)));
	}

	@Test
	void outputItemsAreListedByStatusPagedAndRetrievedWithEachGradersResult() {
		String item = """
				{"object": "eval.run.output_item", "id": "outputitem_67e5796c28e081909917bf79f6e6214d",
				 "created_at": 1743092076, "run_id": "evalrun_67e57965b480819094274e3a32235e4c",
				 "eval_id": "eval_67e579652b548190aaa83ada4b125f47", "status": "fail", "datasource_item_id": 5,
				 "datasource_item": {"input": "Stock Markets Rally After Positive Economic Data Released",
				   "ground_truth": "Markets"},
				 "results": [{"name": "String check-a2486074-d803-4445-b431-ad2262e85d47", "type": "string_check",
				   "sample": null, "passed": false, "score": 0.0, "reasoning": "Answered Business"}],
				 "sample": {"input": [{"role": "developer", "content": "Categorize a given news headline into one topic.",
				     "tool_call_id": null, "tool_calls": null, "function_call": null},
				   {"role": "user", "content": "Stock Markets Rally After Positive Economic Data Released",
				     "tool_call_id": null, "tool_calls": null, "function_call": null}],
				   "output": [{"role": "assistant", "content": "Business", "tool_call_id": null, "tool_calls": null,
				     "function_call": null}],
				   "finish_reason": "stop", "model": "gpt-4o-mini-2024-07-18",
				   "usage": {"total_tokens": 325, "completion_tokens": 2, "prompt_tokens": 323, "cached_tokens": 0},
				   "error": null, "temperature": 1.0, "max_completion_tokens": 2048, "top_p": 1.0, "seed": 42}}""";
		String second = item.replace("outputitem_67e5796c28e081909917bf79f6e6214d", "outputitem_67e5796c2cc4819083c7b34f4b4fe0a1");
		this.server.stubFor(get(urlPathEqualTo(ITEMS)).withQueryParam("after", absent()).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "outputitem_67e5796c28e081909917bf79f6e6214d",
				 "last_id": "outputitem_67e5796c28e081909917bf79f6e6214d", "has_more": true}""".formatted(item))));
		this.server.stubFor(get(urlPathEqualTo(ITEMS)).withQueryParam("after",
				equalTo("outputitem_67e5796c28e081909917bf79f6e6214d")).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "outputitem_67e5796c2cc4819083c7b34f4b4fe0a1",
				 "last_id": "outputitem_67e5796c2cc4819083c7b34f4b4fe0a1", "has_more": false}""".formatted(second))));
		this.server.stubFor(get(ITEMS + "/outputitem_67e5796c28e081909917bf79f6e6214d").willReturn(okJson(item)));
		EvalOutputItemListParams failed = new EvalOutputItemListParams(null, 1, null, EvalOutputItemStatus.FAIL);
		EvalOutputItemService items = this.client.evals().runs().outputItems();

		List<String> all = items.listAutoPaging(EVAL_ID, RUN_ID, failed).stream().map(EvalOutputItem::id).toList();
		EvalOutputItem read = items.retrieve(EVAL_ID, RUN_ID, "outputitem_67e5796c28e081909917bf79f6e6214d");
		StepVerifier.create(items.retrieveAsync(EVAL_ID, RUN_ID, "outputitem_67e5796c28e081909917bf79f6e6214d"))
			.assertNext((async) -> assertThat(async).isEqualTo(read))
			.verifyComplete();
		StepVerifier.create(items.listAsync(EVAL_ID, RUN_ID, failed))
			.assertNext((page) -> assertThat(page.hasMore()).isTrue())
			.verifyComplete();

		assertThat(all).containsExactly("outputitem_67e5796c28e081909917bf79f6e6214d",
				"outputitem_67e5796c2cc4819083c7b34f4b4fe0a1");
		assertThat(read.status()).isEqualTo(EvalOutputItemStatus.FAIL);
		assertThat(read.datasourceItemId()).isEqualTo(5);
		assertThat(read.datasourceItem()).containsEntry("ground_truth", "Markets");
		assertThat(read.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1743092076));
		assertThat(read.results()).singleElement().satisfies((result) -> {
			assertThat(result.passed()).isFalse();
			assertThat(result.type()).isEqualTo("string_check");
			assertThat(result.extra()).containsEntry("reasoning", "Answered Business");
		});
		assertThat(read.sample().output()).singleElement()
			.isEqualTo(new EvalOutputItem.Message("assistant", "Business"));
		assertThat(read.sample().usage()).isEqualTo(new EvalOutputItem.Usage(325, 2, 323, 0));
		assertThat(read.sample().seed()).isEqualTo(42L);
		this.server.verify(2, getRequestedFor(urlEqualTo(ITEMS + "?limit=1&status=fail")));
		this.server.verify(1, getRequestedFor(urlEqualTo(
				ITEMS + "?after=outputitem_67e5796c28e081909917bf79f6e6214d&limit=1&status=fail")));
	}

	@Test
	void aSecondPageWhoseConnectionIsResetEndsThePagerWithAConnectionErrorAfterTheRetries() {
		this.server.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("after", absent()).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "%s", "last_id": "%s", "has_more": true}
				""".formatted(QUEUED, RUN_ID, RUN_ID))));
		this.server.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("after", equalTo(RUN_ID))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		List<String> seen = new CopyOnWriteArrayList<>();

		StepVerifier.create(this.client.evals().runs().listAutoPaging(EVAL_ID).all().doOnNext((run) -> seen.add(run.id())))
			.expectNextCount(1)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(OpenAIConnectionException.class,
					(reset) -> assertThat(reset.attempts()).isEqualTo(3)))
			.verify(Duration.ofSeconds(60));
		assertThat(seen).containsExactly(RUN_ID);
		this.server.verify(3, getRequestedFor(urlEqualTo(RUNS + "?after=" + RUN_ID)));
	}

	@Test
	void aDataSourceTheApiRefusesIsABadRequestWithParamCodeAndRequestId() {
		this.server.stubFor(post(RUNS).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_run400")
			.withBody("""
					{"error": {"message": "Data source item 0 is missing required property 'ground_truth'.",
					 "type": "invalid_request_error", "param": "data_source", "code": "invalid_data_source"}}
					""")));

		assertThatThrownBy(() -> this.client.evals()
			.runs()
			.create(EVAL_ID, EvalRunRequest.builder()
				.dataSource(RunDataSource.jsonl(RunSource.fileId("file-4Vb1g6nZ1kUTmUf3NqyM8a")))
				.build()))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.type()).isEqualTo("invalid_request_error");
				assertThat(ex.code()).isEqualTo("invalid_data_source");
				assertThat(ex.param()).isEqualTo("data_source");
				assertThat(ex.requestId()).isEqualTo("req_run400");
			});
		this.server.verify(postRequestedFor(urlEqualTo(RUNS)).withRequestBody(equalToJson("""
				{"data_source": {"type": "jsonl", "source": {"type": "file_id", "id": "file-4Vb1g6nZ1kUTmUf3NqyM8a"}}}
				""")));
	}

	@Test
	void invalidRequestsAreRefusedBeforeTheNetworkNamingTheWireField() {
		assertThatThrownBy(() -> EvalRunRequest.builder().name("no source").build())
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("data_source"));
		assertThatThrownBy(() -> new EvalRunListParams(null, null, null, EvalRunStatus.UNKNOWN))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("status"));
		assertThatThrownBy(() -> new EvalOutputItemListParams(null, 0, null, null))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("limit"));
		assertThatThrownBy(() -> this.client.evals().runs().cancel(EVAL_ID, ""))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("run_id"));
		StepVerifier.create(this.client.evals().runs().outputItems().retrieveAsync(EVAL_ID, RUN_ID, "../x"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(OpenAIValidationException.class,
					(invalid) -> assertThat(invalid.field()).isEqualTo("output_item_id")))
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void unknownDataSourceAndSourceTypesAreKeptAndWrittenBackUnchanged() {
		String future = """
				{"type": "agents", "agent_id": "agent_123",
				 "source": {"type": "bigquery", "table": "events", "limit": 10}}""";
		String futureSource = """
				{"type": "completions", "model": "gpt-4o-mini", "source": {"type": "bigquery", "table": "events"},
				 "input_messages": {"type": "conversation", "conversation_id": "conv_123"}}""";

		RunDataSource unknown = OpenAIJson.mapper().readValue(future, RunDataSource.class);
		RunDataSource completions = OpenAIJson.mapper().readValue(futureSource, RunDataSource.class);

		assertThat(unknown).isInstanceOfSatisfying(RunDataSource.Unknown.class,
				(source) -> assertThat(source.fields()).containsEntry("agent_id", "agent_123"));
		assertThat(completions).isInstanceOfSatisfying(RunDataSource.Completions.class, (source) -> {
			assertThat(source.source()).isInstanceOf(RunSource.Unknown.class);
			assertThat(source.inputMessages()).isInstanceOf(InputMessages.Unknown.class);
		});
		for (String json : List.of(future, futureSource)) {
			Object read = OpenAIJson.mapper().readValue(json, RunDataSource.class);
			assertThat(OpenAIJson.mapper().readTree(OpenAIJson.mapper().writeValueAsString(read)))
				.isEqualTo(OpenAIJson.mapper().readTree(json));
		}
	}

}
