package dev.integrations.openai.evals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import dev.integrations.openai.internal.WireMaps;
import org.jspecify.annotations.Nullable;

/**
 * A run of an eval: its data source, its status and its results.
 *
 * @param id the run ID, such as {@code evalrun_67e57965b480819094274e3a32235e4c}
 * @param object always {@code eval.run}
 * @param evalId the ID of the eval
 * @param name the name
 * @param status the status
 * @param model the model evaluated, when the run samples one
 * @param createdAt when the run was created, in Unix seconds
 * @param reportUrl the URL of the run's report on the dashboard
 * @param resultCounts how many output items passed, failed and errored
 * @param perModelUsage the tokens each model used
 * @param perTestingCriteriaResults how many items passed and failed each testing criterion
 * @param dataSource the data source
 * @param metadata the metadata
 * @param error why the run failed, when it did
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record EvalRun(String id, String object, String evalId, @Nullable String name, EvalRunStatus status,
		@Nullable String model, long createdAt, @Nullable String reportUrl, @Nullable ResultCounts resultCounts,
		List<ModelUsage> perModelUsage, List<CriterionResult> perTestingCriteriaResults,
		@Nullable RunDataSource dataSource, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> metadata,
		@Nullable EvalError error,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Reads a missing status as {@link EvalRunStatus#UNKNOWN} and missing lists and metadata as empty.
	 */
	public EvalRun {
		metadata = WireMaps.copyOf(metadata);
		status = (status != null) ? status : EvalRunStatus.UNKNOWN;
		perModelUsage = WireLists.copyOf(perModelUsage);
		perTestingCriteriaResults = WireLists.copyOf(perTestingCriteriaResults);
		extra = Extras.copy(extra);
	}

	/** @return whether the run will not change any more (see {@link EvalRunStatus#isTerminal()}) */
	public boolean isTerminal() {
		return this.status.isTerminal();
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/**
	 * How many output items passed, failed and errored.
	 *
	 * @param total the items executed
	 * @param errored the items that errored
	 * @param failed the items that failed
	 * @param passed the items that passed
	 */
	public record ResultCounts(int total, int errored, int failed, int passed) {
	}

	/**
	 * The tokens one model used in the run.
	 *
	 * @param modelName the model
	 * @param invocationCount how many times it was called
	 * @param promptTokens the prompt tokens
	 * @param completionTokens the completion tokens
	 * @param totalTokens the total tokens
	 * @param cachedTokens the prompt tokens read from cache
	 */
	public record ModelUsage(String modelName, int invocationCount, long promptTokens, long completionTokens,
			long totalTokens, long cachedTokens) {
	}

	/**
	 * How many items passed and failed one testing criterion.
	 *
	 * @param testingCriteria the criterion, such as the grader's name and ID
	 * @param passed the items that passed
	 * @param failed the items that failed
	 */
	public record CriterionResult(String testingCriteria, int passed, int failed) {
	}

}
