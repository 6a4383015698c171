package dev.integrations.openai.evals;

import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eval runs and output items as a careless or newer server sends them: numbers with a fraction where the
 * specification has integers, {@code null} lists and objects, statuses added later and missing optional fields. Each
 * reads, with the missing parts empty and the unknown values {@code UNKNOWN}.
 */
class EvalLenientReadingTest {

	@Test
	void aRunWithFractionalCountsNullListsAndALaterStatusReads() {
		EvalRun run = OpenAIJson.mapper().readValue("""
				{"object": "eval.run", "id": "evalrun_1", "eval_id": "eval_1", "status": "paused",
				 "created_at": 1.7431e9, "result_counts": {"total": 10.0, "errored": 0, "failed": 2.0, "passed": 8},
				 "per_model_usage": null, "per_testing_criteria_results": [null,
				   {"testing_criteria": "exact", "passed": 8.0, "failed": 2}],
				 "data_source": null, "metadata": null, "error": null}
				""", EvalRun.class);

		assertThat(run.status()).isEqualTo(EvalRunStatus.UNKNOWN);
		assertThat(run.isTerminal()).isFalse();
		assertThat(run.createdAt()).isEqualTo(1_743_100_000L);
		assertThat(run.resultCounts()).isEqualTo(new EvalRun.ResultCounts(10, 0, 2, 8));
		assertThat(run.perModelUsage()).isEmpty();
		assertThat(run.perTestingCriteriaResults()).containsExactly(new EvalRun.CriterionResult("exact", 8, 2));
	}

	@Test
	void anOutputItemWithALaterStatusNullResultsAndNoSampleReads() {
		EvalOutputItem item = OpenAIJson.mapper().readValue("""
				{"object": "eval.run.output_item", "id": "outputitem_1", "run_id": "evalrun_1", "eval_id": "eval_1",
				 "created_at": 1743100000, "status": "skipped", "datasource_item_id": 3.0, "datasource_item": null,
				 "results": [{"name": "exact", "type": "string_check", "score": null, "passed": null,
				   "sample": null, "grader_note": "n/a"}], "sample": {"input": null, "output": [null],
				   "usage": null, "error": null}}
				""", EvalOutputItem.class);

		assertThat(item.status()).isEqualTo(EvalOutputItemStatus.UNKNOWN);
		assertThat(item.datasourceItemId()).isEqualTo(3);
		assertThat(item.datasourceItem()).isEmpty();
		assertThat(item.results()).singleElement().satisfies((result) -> {
			assertThat(result.passed()).isFalse();
			assertThat(result.extra()).containsEntry("grader_note", "n/a");
		});
		assertThat(item.sample()).isNotNull();
		assertThat(item.sample().input()).isEmpty();
		assertThat(item.sample().output()).isEmpty();
	}

}
