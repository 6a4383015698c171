package dev.integrations.openai.finetuning;

import java.util.List;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.finetuning.GraderMessage.Role;
import dev.integrations.openai.transport.OpenAIJson;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the alpha grader endpoints may send, by OpenAI's API specification: {@code grader} of
 * {@code /fine_tuning/alpha/graders/run} and {@code /validate} is a string_check, text_similarity, python, score_model
 * or multi grader (no label_model), a multi grader combines one grader that is not itself multi, and a value this
 * client read as {@code UNKNOWN} (an operation, a metric or a role added later) is never sent back as
 * {@code "unknown"}. Each is refused before the network, naming the wire field; reading stays lenient.
 */
class GraderWireRulesTest extends WireMockSupport {

	private static final StringCheckGrader EXACT = new StringCheckGrader("exact", "{{sample.output_text}}",
			"{{item.label}}", StringCheckGrader.Operation.EQ);

	private static final LabelModelGrader LABEL = new LabelModelGrader("label", "gpt-4o-mini",
			List.of(GraderMessage.text(Role.USER, "Label {{sample.output_text}}")), List.of("good", "bad"),
			List.of("good"));

	@Test
	void aLabelModelGraderIsNeitherRunNorValidatedOnItsOwn() {
		assertField("grader",
				() -> RunGraderRequest.builder().grader(LABEL).modelSample("fuzzy wuzzy was a bear").build());
		StepVerifier.create(this.client.fineTuning().graders().validateAsync(LABEL))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(OpenAIValidationException.class,
					(invalid) -> {
						assertThat(invalid.field()).isEqualTo("grader");
						assertThat(invalid.getMessage()).contains("label_model");
					}))
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void aLabelModelGraderInsideAMultiGraderIsSent() {
		this.server.stubFor(post("/v1/fine_tuning/alpha/graders/validate").willReturn(okJson("{}")));

		this.client.fineTuning().graders().validate(new MultiGrader("combined", LABEL, "label"));

		assertThat(this.server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void aMultiGraderDoesNotCombineAnotherMultiGrader() {
		MultiGrader inner = new MultiGrader("inner", EXACT, "string_check");

		assertField("grader.graders",
				() -> RunGraderRequest.builder().grader(new MultiGrader("outer", inner, "inner")).modelSample("x").build());
	}

	@Test
	void messagesNameTheWholeWireFieldWhereverTheGraderSits() {
		assertField("grader.graders.name", () -> RunGraderRequest.builder()
			.grader(new MultiGrader("outer", new StringCheckGrader(" ", "a", "b", StringCheckGrader.Operation.EQ), "x"))
			.modelSample("x")
			.build());
		assertField("grader.sampling_params.max_completions_tokens", () -> this.client.fineTuning()
			.graders()
			.validate(new ScoreModelGrader("score", "gpt-4o-mini", List.of(),
					new ScoreModelGrader.SamplingParams(null, null, null, 0, null), null)));
		assertField("method.reinforcement.grader", () -> new ReinforcementMethod(LABEL, null).validate());
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void valuesReadAsUnknownAreNeverSentAsUnknown() {
		assertField("grader.operation", () -> this.client.fineTuning()
			.graders()
			.validate(new StringCheckGrader("exact", "a", "b", StringCheckGrader.Operation.UNKNOWN)));
		assertField("grader.evaluation_metric", () -> this.client.fineTuning()
			.graders()
			.validate(new TextSimilarityGrader("close", "a", "b", TextSimilarityGrader.Metric.UNKNOWN)));
		assertField("grader.input.role",
				() -> this.client.fineTuning()
					.graders()
					.validate(new ScoreModelGrader("score", "gpt-4o-mini",
							List.of(GraderMessage.text(Role.UNKNOWN, "Score {{sample.output_text}}")), null, null)));
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void aGraderWithValuesAddedLaterIsStillRead() {
		ValidateGraderResponse read = OpenAIJson.mapper().readValue("""
				{"grader": {"type": "string_check", "name": "n", "input": "a", "reference": "b", "operation": "regex"}}
				""", ValidateGraderResponse.class);

		assertThat(read.grader()).isInstanceOfSatisfying(StringCheckGrader.class,
				(check) -> assertThat(check.operation()).isEqualTo(StringCheckGrader.Operation.UNKNOWN));
	}

	private static void assertField(String field, ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOfSatisfying(OpenAIValidationException.class,
				(ex) -> assertThat(ex.field()).isEqualTo(field));
	}

}
