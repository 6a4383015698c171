package dev.integrations.openai.evals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.NotFoundException;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.finetuning.Grader;
import dev.integrations.openai.finetuning.GraderMessage;
import dev.integrations.openai.finetuning.GraderMessage.Role;
import dev.integrations.openai.finetuning.LabelModelGrader;
import dev.integrations.openai.finetuning.PythonGrader;
import dev.integrations.openai.finetuning.StringCheckGrader;
import dev.integrations.openai.finetuning.TextSimilarityGrader;
import dev.integrations.openai.transport.OpenAIJson;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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
 * The evals themselves ({@code client.evals()}) against WireMock: create, retrieve, update, delete and list, the exact
 * request on the wire, the spec-shaped answers read, validation before the network and typed errors.
 */
class EvalServiceTest extends WireMockSupport {

	/** The spec's example eval: a stored completions config and a label_model criterion, plus an unknown field. */
	static final String EVAL = """
			{"object": "eval", "id": "eval_67abd54d9b0081909a86353f6fb9317a",
			 "data_source_config": {"type": "stored_completions",
			   "metadata": {"usecase": "push_notifications_summarizer"},
			   "schema": {"type": "object", "properties": {"item": {"type": "object"}, "sample": {"type": "object"}},
			     "required": ["item", "sample"]}},
			 "testing_criteria": [{"name": "Push Notification Summary Grader",
			   "id": "Push Notification Summary Grader-9b876f24-4762-4be9-aff4-db7a9b31c673",
			   "type": "label_model", "model": "o3-mini",
			   "input": [{"type": "message", "role": "developer",
			       "content": {"type": "input_text", "text": "Label the summary as correct or incorrect."}},
			     {"type": "message", "role": "user",
			       "content": {"type": "input_text", "text": "Push notifications: {{item.input}}"}}],
			   "passing_labels": ["correct"], "labels": ["correct", "incorrect"], "sampling_params": null}],
			 "name": "Push Notification Summary Grader", "created_at": 1739314509,
			 "metadata": {"description": "A stored completions eval for push notification summaries"},
			 "share_with_openai": false}
			""";

	private static final Map<String, Object> ITEM_SCHEMA = Map.of("type", "object", "properties",
			Map.of("input", Map.of("type", "string"), "ground_truth", Map.of("type", "string")), "required",
			List.of("input", "ground_truth"));

	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60));
	}

	@Test
	void createSendsTheConfigAndEveryCriterionAndReadsTheEval() {
		this.server.stubFor(post("/v1/evals").willReturn(okJson(EVAL).withStatus(201)));

		Eval eval = this.client.evals()
			.create(EvalRequest.builder()
				.name("Push Notification Summary Grader")
				.dataSourceConfig(DataSourceConfig.logs(Map.of("usecase", "push_notifications_summarizer")))
				.addTestingCriterion(new LabelModelGrader("Push Notification Summary Grader", "o3-mini",
						List.of(GraderMessage.text(Role.DEVELOPER, "Label the summary as correct or incorrect."),
								GraderMessage.text(Role.USER, "Push notifications: {{item.input}}")),
						List.of("correct", "incorrect"), List.of("correct")))
				.addTestingCriterion(new StringCheckGrader("exact", "{{sample.output_text}}", "{{item.ground_truth}}",
						StringCheckGrader.Operation.EQ))
				.addTestingCriterion(new TextSimilarityGrader("close", "{{sample.output_text}}",
						"{{item.ground_truth}}", TextSimilarityGrader.Metric.FUZZY_MATCH, 0.8))
				.addTestingCriterion(new PythonGrader("short", "def grade(sample, item):\n    return 1.0", null, 0.5))
				.metadata("team", "notifications")
				.build());

		assertThat(eval.id()).isEqualTo("eval_67abd54d9b0081909a86353f6fb9317a");
		assertThat(eval.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1739314509));
		assertThat(eval.metadata()).containsEntry("description",
				"A stored completions eval for push notification summaries");
		assertThat(eval.extra()).containsEntry("share_with_openai", false);
		assertThat(eval.dataSourceConfig()).isInstanceOfSatisfying(DataSourceConfig.StoredCompletions.class,
				(config) -> {
					assertThat(config.metadata()).containsEntry("usecase", "push_notifications_summarizer");
					assertThat(config.schema()).containsEntry("required", List.of("item", "sample"));
				});
		assertThat(eval.testingCriteria()).singleElement().isInstanceOfSatisfying(LabelModelGrader.class, (grader) -> {
			assertThat(grader.model()).isEqualTo("o3-mini");
			assertThat(grader.passingLabels()).containsExactly("correct");
			assertThat(grader.input()).extracting(GraderMessage::role).containsExactly(Role.DEVELOPER, Role.USER);
			assertThat(grader.input().get(1).content().get("text").asString())
				.isEqualTo("Push notifications: {{item.input}}");
		});
		this.server.verify(postRequestedFor(urlEqualTo("/v1/evals"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("OpenAI-Beta", absent())
			.withRequestBody(equalToJson("""
					{"name": "Push Notification Summary Grader",
					 "data_source_config": {"type": "logs", "metadata": {"usecase": "push_notifications_summarizer"}},
					 "testing_criteria": [
					   {"type": "label_model", "name": "Push Notification Summary Grader", "model": "o3-mini",
					    "input": [{"type": "message", "role": "developer",
					                "content": "Label the summary as correct or incorrect."},
					              {"type": "message", "role": "user", "content": "Push notifications: {{item.input}}"}],
					    "labels": ["correct", "incorrect"], "passing_labels": ["correct"]},
					   {"type": "string_check", "name": "exact", "input": "{{sample.output_text}}",
					    "reference": "{{item.ground_truth}}", "operation": "eq"},
					   {"type": "text_similarity", "name": "close", "input": "{{sample.output_text}}",
					    "reference": "{{item.ground_truth}}", "evaluation_metric": "fuzzy_match", "pass_threshold": 0.8},
					   {"type": "python", "name": "short", "source": "def grade(sample, item):\\n    return 1.0",
					    "pass_threshold": 0.5}],
					 "metadata": {"team": "notifications"}}
					""")));
	}

	@Test
	void createAsyncSendsACustomItemSchemaAndReadsTheResultingSchema() {
		this.server.stubFor(post("/v1/evals").willReturn(okJson("""
				{"object": "eval", "id": "eval_67abd54d9b0081909a86353f6fb9317a", "name": "Headlines",
				 "data_source_config": {"type": "custom", "schema": {"type": "object", "properties": {
				   "item": {"type": "object", "properties": {"input": {"type": "string"},
				     "ground_truth": {"type": "string"}}, "required": ["input", "ground_truth"]}},
				   "required": ["item"]}},
				 "testing_criteria": [{"name": "exact", "id": "exact-4fdb3b6a", "type": "string_check",
				   "input": "{{sample.output_text}}", "reference": "{{item.ground_truth}}", "operation": "eq"}],
				 "created_at": 1739314509, "metadata": {}}
				""")));

		StepVerifier.create(this.client.evals()
			.createAsync(EvalRequest.builder()
				.name("Headlines")
				.dataSourceConfig(DataSourceConfig.custom(ITEM_SCHEMA, true))
				.testingCriteria(List.of(new StringCheckGrader("exact", "{{sample.output_text}}",
						"{{item.ground_truth}}", StringCheckGrader.Operation.EQ)))
				.build()))
			.assertNext((eval) -> {
				assertThat(eval.dataSourceConfig()).isInstanceOfSatisfying(DataSourceConfig.Custom.class,
						(custom) -> assertThat(custom.schema()).containsEntry("required", List.of("item")));
				assertThat(eval.testingCriteria()).singleElement().isInstanceOf(StringCheckGrader.class);
				assertThat(eval.metadata()).isEmpty();
			})
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/evals")).withRequestBody(equalToJson("""
				{"name": "Headlines",
				 "data_source_config": {"type": "custom", "include_sample_schema": true, "item_schema": {
				   "type": "object", "properties": {"input": {"type": "string"}, "ground_truth": {"type": "string"}},
				   "required": ["input", "ground_truth"]}},
				 "testing_criteria": [{"type": "string_check", "name": "exact", "input": "{{sample.output_text}}",
				   "reference": "{{item.ground_truth}}", "operation": "eq"}]}
				""")));
	}

	@Test
	void retrieveUpdateAndDeleteUseTheEvalsRoute() {
		String id = "eval_67abd54d9b0081909a86353f6fb9317a";
		this.server.stubFor(get("/v1/evals/" + id).willReturn(okJson(EVAL)));
		this.server.stubFor(post("/v1/evals/" + id).willReturn(okJson(EVAL.replace("\"Push Notification Summary "
				+ "Grader\", \"created_at\"", "\"Summaries v2\", \"created_at\""))));
		this.server.stubFor(delete("/v1/evals/" + id).willReturn(okJson("""
				{"object": "eval.deleted", "deleted": true, "eval_id": "eval_67abd54d9b0081909a86353f6fb9317a"}
				""")));

		Eval retrieved = this.client.evals().retrieve(id);
		Eval renamed = this.client.evals()
			.update(id, EvalUpdateRequest.builder().name("Summaries v2").metadata("stage", "prod").build());
		EvalDeletion deleted = this.client.evals().delete(id);
		StepVerifier.create(this.client.evals().deleteAsync(id))
			.assertNext((async) -> assertThat(async).isEqualTo(deleted))
			.verifyComplete();
		StepVerifier.create(this.client.evals().updateAsync(id, EvalUpdateRequest.builder().name("Summaries v2").build()))
			.assertNext((async) -> assertThat(async.name()).isEqualTo("Summaries v2"))
			.verifyComplete();

		assertThat(retrieved.name()).isEqualTo("Push Notification Summary Grader");
		assertThat(renamed.name()).isEqualTo("Summaries v2");
		assertThat(deleted).isEqualTo(new EvalDeletion("eval.deleted", true, id));
		this.server.verify(getRequestedFor(urlEqualTo("/v1/evals/" + id)));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/evals/" + id))
			.withRequestBody(equalToJson("{\"name\": \"Summaries v2\", \"metadata\": {\"stage\": \"prod\"}}")));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/evals/" + id))
			.withRequestBody(equalToJson("{\"name\": \"Summaries v2\"}")));
		this.server.verify(2, deleteRequestedFor(urlEqualTo("/v1/evals/" + id)));
	}

	@Test
	void listSendsOrderAndOrderByAndThePagerFollowsTheLastId() {
		String second = EVAL.replace("eval_67abd54d9b0081909a86353f6fb9317a", "eval_67aa884cf6688190b58f657d4441c8b7");
		this.server.stubFor(get(urlPathEqualTo("/v1/evals")).withQueryParam("after", absent()).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "eval_67abd54d9b0081909a86353f6fb9317a",
				 "last_id": "eval_67abd54d9b0081909a86353f6fb9317a", "has_more": true}
				""".formatted(EVAL))));
		this.server.stubFor(get(urlPathEqualTo("/v1/evals")).withQueryParam("after",
				equalTo("eval_67abd54d9b0081909a86353f6fb9317a")).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "eval_67aa884cf6688190b58f657d4441c8b7",
				 "last_id": "eval_67aa884cf6688190b58f657d4441c8b7", "has_more": false}
				""".formatted(second))));
		EvalListParams params = new EvalListParams(null, 1, SortOrder.DESC, EvalListParams.OrderBy.UPDATED_AT);

		ListResponse<Eval> page = this.client.evals().list(params);
		List<String> all = this.client.evals().listAutoPaging(params).stream().map(Eval::id).toList();

		assertThat(page.hasMore()).isTrue();
		assertThat(page.lastId()).isEqualTo("eval_67abd54d9b0081909a86353f6fb9317a");
		assertThat(all).containsExactly("eval_67abd54d9b0081909a86353f6fb9317a", "eval_67aa884cf6688190b58f657d4441c8b7");
		this.server.verify(2, getRequestedFor(urlEqualTo("/v1/evals?limit=1&order=desc&order_by=updated_at")));
		this.server.verify(1, getRequestedFor(urlEqualTo(
				"/v1/evals?after=eval_67abd54d9b0081909a86353f6fb9317a&limit=1&order=desc&order_by=updated_at")));
	}

	@Test
	void invalidRequestsAreRefusedBeforeTheNetworkNamingTheWireField() {
		Grader exact = new StringCheckGrader("exact", "{{sample.output_text}}", "x", StringCheckGrader.Operation.EQ);
		DataSourceConfig logs = DataSourceConfig.logs(Map.of());
		assertField("data_source_config", () -> EvalRequest.builder().addTestingCriterion(exact).build());
		assertField("testing_criteria", () -> EvalRequest.builder().dataSourceConfig(logs).build());
		assertField("data_source_config.item_schema", () -> EvalRequest.builder()
			.dataSourceConfig(new DataSourceConfig.Custom(null, true, null))
			.addTestingCriterion(exact)
			.build());
		assertField("testing_criteria.pass_threshold", () -> EvalRequest.builder()
			.dataSourceConfig(logs)
			.addTestingCriterion(new TextSimilarityGrader("close", "a", "b", TextSimilarityGrader.Metric.BLEU))
			.build());
		assertField("testing_criteria.name", () -> EvalRequest.builder()
			.dataSourceConfig(logs)
			.addTestingCriterion(new StringCheckGrader(" ", "a", "b", StringCheckGrader.Operation.EQ))
			.build());
		assertField("metadata", () -> EvalUpdateRequest.builder().metadata("k".repeat(65), "v").build());
		assertField("limit", () -> new EvalListParams(null, 0, null, null));
		StepVerifier.create(this.client.evals().retrieveAsync(" "))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(OpenAIValidationException.class,
					(invalid) -> assertThat(invalid.field()).isEqualTo("eval_id")))
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void anUnknownEvalIsNotFoundWithStatusTypeCodeAndRequestId() {
		this.server.stubFor(get("/v1/evals/eval_missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_eval404")
			.withBody("""
					{"error": {"message": "Eval with id 'eval_missing' not found.", "type": "invalid_request_error",
					 "param": "eval_id", "code": "not_found"}}
					""")));

		StepVerifier.create(this.client.evals().retrieveAsync("eval_missing"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(NotFoundException.class, (notFound) -> {
				assertThat(notFound.statusCode()).isEqualTo(404);
				assertThat(notFound.type()).isEqualTo("invalid_request_error");
				assertThat(notFound.code()).isEqualTo("not_found");
				assertThat(notFound.requestId()).isEqualTo("req_eval404");
				assertThat(notFound.getMessage()).contains("eval_missing");
			}))
			.verify();
	}

	@Test
	void anHtmlPageWithStatus200IsAClearResponseError() {
		this.server.stubFor(get("/v1/evals/eval_abc").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("<html><body><h1>Sign in to continue</h1></body></html>")));

		assertThatThrownBy(() -> this.client.evals().retrieve("eval_abc"))
			.isInstanceOf(OpenAIResponseException.class)
			.hasMessage("Expected application/json from 127.0.0.1 but got HTTP 200 OK with Content-Type text/html;charset=utf-8: Sign in to continue");
	}

	@Test
	void unknownConfigAndCriterionTypesAreKeptAndWrittenBackUnchanged() {
		String future = """
				{"object": "eval", "id": "eval_future", "name": "Future",
				 "data_source_config": {"type": "bigquery", "table": "events", "schema": {"type": "object"}},
				 "testing_criteria": [{"type": "endpoint", "name": "judge", "url": "https://judge.example.com",
				   "pass_threshold": 0.7}],
				 "created_at": 1739314509, "metadata": null}""";

		Eval eval = OpenAIJson.mapper().readValue(future, Eval.class);

		assertThat(eval.dataSourceConfig()).isInstanceOfSatisfying(DataSourceConfig.Unknown.class, (config) -> {
			assertThat(config.type()).isEqualTo("bigquery");
			assertThat(config.fields()).containsEntry("table", "events");
		});
		assertThat(eval.testingCriteria()).singleElement().isInstanceOf(Grader.Unknown.class);
		assertThat(OpenAIJson.mapper().readTree(OpenAIJson.mapper().writeValueAsString(eval)))
			.isEqualTo(OpenAIJson.mapper().readTree(future.replace(", \"metadata\": null", "")));
	}

	private static void assertField(String field, ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOfSatisfying(OpenAIValidationException.class,
				(ex) -> assertThat(ex.field()).isEqualTo(field));
	}

}
