package dev.integrations.openai.finetuning;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.finetuning.GraderMessage.Role;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The alpha grader endpoints ({@code fineTuning().graders()}) against WireMock: the exact body sent, the answer read.
 */
class GraderServiceTest extends WireMockSupport {

	private static final String RUN = "/v1/fine_tuning/alpha/graders/run";

	private static final String VALIDATE = "/v1/fine_tuning/alpha/graders/validate";

	/** The spec's example answer of a score_model run, token_usage as the API sends it (an object). */
	private static final String RUN_RESULT = """
			{"reward": 1.0,
			 "metadata": {"name": "Example score model grader", "type": "score_model",
			   "errors": {"formula_parse_error": false, "sample_parse_error": false,
			     "truncated_observation_error": false, "unresponsive_reward_error": false,
			     "invalid_variable_error": false, "other_error": false, "python_grader_server_error": false,
			     "python_grader_server_error_type": null, "python_grader_runtime_error": false,
			     "python_grader_runtime_error_details": null, "model_grader_server_error": false,
			     "model_grader_refusal_error": true, "model_grader_parse_error": false,
			     "model_grader_server_error_details": null},
			   "execution_time": 4.365238428115845, "scores": {"Example score model grader": 1.0},
			   "token_usage": {"prompt_tokens": 190, "total_tokens": 324, "completion_tokens": 134, "cached_tokens": 0},
			   "sampled_model_name": "gpt-4o-2024-08-06"},
			 "sub_rewards": {},
			 "model_grader_token_usage_per_model": {"gpt-4o-2024-08-06": {"prompt_tokens": 190, "total_tokens": 324,
			   "completion_tokens": 134, "cached_tokens": 0}}}
			""";

	private static final ScoreModelGrader SCORE = new ScoreModelGrader("Example score model grader", "gpt-5-mini",
			List.of(GraderMessage.text(Role.USER, "Reference answer: {{item.reference_answer}}\n\n"
					+ "Model answer: {{sample.output_text}}")),
			new ScoreModelGrader.SamplingParams(42L, 1.0, 1.0, null, null), null);

	@Test
	void runSendsTheGraderTheSampleAndTheItemAndReadsTheReward() {
		this.server.stubFor(post(RUN).willReturn(okJson(RUN_RESULT)));

		RunGraderResponse result = this.client.fineTuning()
			.graders()
			.run(RunGraderRequest.builder()
				.grader(SCORE)
				.item(Map.of("reference_answer", "fuzzy wuzzy was a bear"))
				.modelSample("fuzzy wuzzy was a bear")
				.build());

		assertThat(result.reward()).isEqualTo(1.0);
		assertThat(result.metadata().type()).isEqualTo("score_model");
		assertThat(result.metadata().executionTime()).isEqualTo(4.365238428115845);
		assertThat(result.metadata().errors().modelGraderRefusalError()).isTrue();
		assertThat(result.metadata().errors().otherError()).isFalse();
		assertThat(result.metadata().errors().pythonGraderServerErrorType()).isNull();
		assertThat(result.metadata().scores()).containsEntry("Example score model grader", 1.0);
		assertThat(result.metadata().tokenUsage()).isEqualTo(Map.of("prompt_tokens", 190, "total_tokens", 324,
				"completion_tokens", 134, "cached_tokens", 0));
		assertThat(result.metadata().sampledModelName()).isEqualTo("gpt-4o-2024-08-06");
		assertThat(result.subRewards()).isEmpty();
		assertThat(result.modelGraderTokenUsagePerModel()).containsOnlyKeys("gpt-4o-2024-08-06");
		this.server.verify(postRequestedFor(urlEqualTo(RUN))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withRequestBody(equalToJson("""
					{"grader": {"type": "score_model", "name": "Example score model grader", "model": "gpt-5-mini",
					   "input": [{"type": "message", "role": "user", "content":
					     "Reference answer: {{item.reference_answer}}\\n\\nModel answer: {{sample.output_text}}"}],
					   "sampling_params": {"seed": 42, "top_p": 1.0, "temperature": 1.0}},
					 "item": {"reference_answer": "fuzzy wuzzy was a bear"},
					 "model_sample": "fuzzy wuzzy was a bear"}
					""")));
	}

	@Test
	void runAsyncOfAPythonGraderSendsNoPassThreshold() {
		this.server.stubFor(post(RUN).willReturn(okJson(RUN_RESULT.replace("\"reward\": 1.0", "\"reward\": 0.25"))));

		StepVerifier.create(this.client.fineTuning()
			.graders()
			.runAsync(RunGraderRequest.builder()
				.grader(new PythonGrader("len", "def grade(sample, item):\n    return 0.25", "2025-05-08"))
				.modelSample("{\"answer\": 4}")
				.build()))
			.assertNext((result) -> assertThat(result.reward()).isEqualTo(0.25))
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo(RUN)).withRequestBody(equalToJson("""
				{"grader": {"type": "python", "name": "len", "source": "def grade(sample, item):\\n    return 0.25",
				   "image_tag": "2025-05-08"},
				 "model_sample": "{\\"answer\\": 4}"}
				""")));
	}

	@Test
	void validateSendsTheGraderAndReadsItBack() {
		String grader = """
				{"type": "string_check", "name": "Example string check grader", "input": "{{sample.output_text}}",
				 "reference": "{{item.label}}", "operation": "eq"}
				""";
		this.server.stubFor(post(VALIDATE).willReturn(okJson("{\"grader\": " + grader + "}")));
		StringCheckGrader check = new StringCheckGrader("Example string check grader", "{{sample.output_text}}",
				"{{item.label}}", StringCheckGrader.Operation.EQ);

		ValidateGraderResponse validated = this.client.fineTuning().graders().validate(check);
		StepVerifier.create(this.client.fineTuning().graders().validateAsync(check))
			.assertNext((async) -> assertThat(async).isEqualTo(validated))
			.verifyComplete();

		assertThat(validated.grader()).isEqualTo(check);
		this.server.verify(2, postRequestedFor(urlEqualTo(VALIDATE)).withRequestBody(equalToJson("{\"grader\": " + grader + "}")));
	}

	@Test
	void aGraderTheApiRefusesIsABadRequestWithItsCodeAndRequestId() {
		this.server.stubFor(post(VALIDATE).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_grader400")
			.withBody("""
					{"error": {"message": "Invalid template: {{item.missing}}", "type": "invalid_request_error",
					 "param": "grader.input", "code": "invalid_grader"}}
					""")));

		assertThatThrownBy(() -> this.client.fineTuning()
			.graders()
			.validate(new StringCheckGrader("check", "{{item.missing}}", "x", StringCheckGrader.Operation.LIKE)))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.type()).isEqualTo("invalid_request_error");
				assertThat(ex.code()).isEqualTo("invalid_grader");
				assertThat(ex.param()).isEqualTo("grader.input");
				assertThat(ex.requestId()).isEqualTo("req_grader400");
			});
	}

	@Test
	void aMissingSampleOrAnIncompleteGraderIsRefusedBeforeTheNetwork() {
		assertThatThrownBy(() -> RunGraderRequest.builder().grader(SCORE).build())
			.isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("model_sample"));
		assertThatThrownBy(() -> RunGraderRequest.builder().modelSample("x").build())
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("grader"));
		StepVerifier.create(this.client.fineTuning()
			.graders()
			.validateAsync(new PythonGrader(" ", "def grade(sample, item): return 1.0", null)))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(OpenAIValidationException.class,
					(invalid) -> assertThat(invalid.field()).isEqualTo("grader.name")))
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
