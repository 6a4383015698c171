package dev.integrations.openai.finetuning;

import java.util.Map;

import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code POST /fine_tuning/alpha/graders/run}.
 *
 * @param reward the reward the grader gave the sample
 * @param metadata what the run did: the grader, its scores, its time and its errors
 * @param subRewards the rewards of the graders inside a {@code multi} grader, by name
 * @param modelGraderTokenUsagePerModel the tokens model graders used, by model
 */
public record RunGraderResponse(double reward, Metadata metadata, Map<String, Object> subRewards,
		Map<String, Object> modelGraderTokenUsagePerModel) {

	/**
	 * Reads missing maps as empty.
	 */
	public RunGraderResponse {
		subRewards = Extras.copy(subRewards);
		modelGraderTokenUsagePerModel = Extras.copy(modelGraderTokenUsagePerModel);
	}

	/**
	 * What a grader run did.
	 *
	 * @param name the name of the grader
	 * @param type the type of the grader, such as {@code string_check}
	 * @param errors which errors happened
	 * @param executionTime the seconds the run took
	 * @param scores the scores, by grader name
	 * @param tokenUsage the tokens a model grader used, or {@code null}: the spec says an integer, the API sends an
	 * object ({@code prompt_tokens}, {@code completion_tokens}, {@code total_tokens}, {@code cached_tokens}), read as a
	 * {@code Map}; kept as read
	 * @param sampledModelName the model a model grader sampled, or {@code null}
	 */
	public record Metadata(String name, String type, Errors errors, double executionTime, Map<String, Object> scores,
			@Nullable Object tokenUsage, @Nullable String sampledModelName) {

		/**
		 * Reads missing scores as empty.
		 */
		public Metadata {
			scores = Extras.copy(scores);
		}

	}

	/**
	 * The errors of a grader run, each {@code true} when it happened.
	 *
	 * @param formulaParseError the {@code calculate_output} formula did not parse
	 * @param sampleParseError the sample did not parse
	 * @param truncatedObservationError the observation was truncated
	 * @param unresponsiveRewardError the reward did not come back in time
	 * @param invalidVariableError a template named an unknown variable
	 * @param otherError another error
	 * @param pythonGraderServerError the Python grader's server failed
	 * @param pythonGraderServerErrorType the type of that failure, or {@code null}
	 * @param pythonGraderRuntimeError the Python script raised an error
	 * @param pythonGraderRuntimeErrorDetails the details of that error, or {@code null}
	 * @param modelGraderServerError the model grader's server failed
	 * @param modelGraderRefusalError the model grader refused
	 * @param modelGraderParseError the model grader's answer did not parse
	 * @param modelGraderServerErrorDetails the details of the server failure, or {@code null}
	 */
	public record Errors(boolean formulaParseError, boolean sampleParseError, boolean truncatedObservationError,
			boolean unresponsiveRewardError, boolean invalidVariableError, boolean otherError,
			boolean pythonGraderServerError, @Nullable String pythonGraderServerErrorType,
			boolean pythonGraderRuntimeError, @Nullable String pythonGraderRuntimeErrorDetails,
			boolean modelGraderServerError, boolean modelGraderRefusalError, boolean modelGraderParseError,
			@Nullable String modelGraderServerErrorDetails) {
	}

}
