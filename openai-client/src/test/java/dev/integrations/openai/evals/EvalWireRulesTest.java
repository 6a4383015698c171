package dev.integrations.openai.evals;

import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.finetuning.GraderMessage;
import dev.integrations.openai.finetuning.GraderMessage.Role;
import dev.integrations.openai.finetuning.MultiGrader;
import dev.integrations.openai.finetuning.StringCheckGrader;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@code POST /evals} and {@code POST /evals/{eval_id}/runs} may send, by OpenAI's API specification:
 * testing criteria are label_model, string_check, text_similarity, python or score_model graders (no multi), and a
 * run's data source has the {@code source} it requires, of a type that data source takes, with templates whose
 * messages can be sent. Each is refused before the network, naming the wire field; a type added later still passes.
 */
class EvalWireRulesTest extends WireMockSupport {

	private static final String EVAL_ID = "eval_67abd54d9b0081909a86353f6fb9317a";

	private static final StringCheckGrader EXACT = new StringCheckGrader("exact", "{{sample.output_text}}",
			"{{item.label}}", StringCheckGrader.Operation.EQ);

	@Test
	void aMultiGraderIsNoTestingCriterion() {
		assertField("testing_criteria", () -> EvalRequest.builder()
			.dataSourceConfig(DataSourceConfig.logs(Map.of()))
			.addTestingCriterion(new MultiGrader("combined", EXACT, "string_check"))
			.build());
	}

	@Test
	void aRunDataSourceWithoutItsSourceIsRefused() {
		assertField("data_source.source", () -> EvalRunRequest.builder().dataSource(RunDataSource.jsonl(null)).build());
		assertField("data_source.source", () -> EvalRunRequest.builder()
			.dataSource(RunDataSource.completions("gpt-4o-mini", InputMessages.itemReference("item.input"), null))
			.build());
		assertField("data_source.source.id",
				() -> EvalRunRequest.builder().dataSource(RunDataSource.jsonl(RunSource.fileId(" "))).build());
	}

	@Test
	void aSourceTypeTheDataSourceDoesNotTakeIsRefused() {
		RunSource responses = new RunSource.Responses(null, null, null, null, "gpt-4o", null, null, null, null, null);
		RunSource completions = new RunSource.StoredCompletions(null, null, 10, null, "gpt-4o");

		assertField("data_source.source", () -> EvalRunRequest.builder().dataSource(RunDataSource.jsonl(responses)).build());
		assertField("data_source.source", () -> EvalRunRequest.builder()
			.dataSource(RunDataSource.completions("gpt-4o-mini", InputMessages.itemReference("item.input"), responses))
			.build());
		assertField("data_source.source", () -> EvalRunRequest.builder()
			.dataSource(RunDataSource.responses("gpt-4o-mini", InputMessages.itemReference("item.input"), completions))
			.build());
	}

	@Test
	void aTemplateMessageReadAsUnknownIsNotSentBack() {
		InputMessages template = InputMessages.template(GraderMessage.text(Role.UNKNOWN, "{{item.input}}"));

		assertField("data_source.input_messages.template.role", () -> EvalRunRequest.builder()
			.dataSource(RunDataSource.completions("gpt-4o-mini", template, RunSource.fileId("file-abc")))
			.build());
	}

	@Test
	void matchingAndLaterSourceTypesAreSent() {
		this.server.stubFor(post("/v1/evals/" + EVAL_ID + "/runs").willReturn(okJson("""
				{"object": "eval.run", "id": "evalrun_1", "eval_id": "%s", "status": "queued", "created_at": 1}
				""".formatted(EVAL_ID))));
		RunSource later = new RunSource.Unknown("bigquery", Map.of("table", "events"));

		this.client.evals()
			.runs()
			.create(EVAL_ID, EvalRunRequest.builder()
				.dataSource(RunDataSource.responses("gpt-4o-mini", InputMessages.itemReference("item.input"),
						new RunSource.Responses(null, null, null, null, "gpt-4o", null, null, null, null, null)))
				.build());
		this.client.evals()
			.runs()
			.create(EVAL_ID, EvalRunRequest.builder().dataSource(RunDataSource.jsonl(later)).build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/evals/" + EVAL_ID + "/runs")).withRequestBody(equalToJson("""
				{"data_source": {"type": "responses", "model": "gpt-4o-mini",
				   "input_messages": {"type": "item_reference", "item_reference": "item.input"},
				   "source": {"type": "responses", "model": "gpt-4o"}}}
				""")));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/evals/" + EVAL_ID + "/runs")).withRequestBody(equalToJson("""
				{"data_source": {"type": "jsonl", "source": {"type": "bigquery", "table": "events"}}}
				""")));
	}

	private static void assertField(String field, ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOfSatisfying(OpenAIValidationException.class,
				(ex) -> assertThat(ex.field()).isEqualTo(field));
	}

}
