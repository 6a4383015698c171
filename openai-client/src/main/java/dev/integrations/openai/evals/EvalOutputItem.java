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
 * One output item of an eval run: a data source row, the model's sample for it, and each grader's result.
 *
 * @param id the output item ID, such as {@code outputitem_67e5796c28e081909917bf79f6e6214d}
 * @param object always {@code eval.run.output_item}
 * @param runId the ID of the run
 * @param evalId the ID of the eval
 * @param createdAt when the item was created, in Unix seconds
 * @param status whether the item passed
 * @param datasourceItemId the index of the row in the data source
 * @param datasourceItem the row (the {@code item} namespace)
 * @param results each grader's result
 * @param sample the model's input and output for the row, when the run sampled a model
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record EvalOutputItem(String id, String object, String runId, String evalId, long createdAt,
		EvalOutputItemStatus status, long datasourceItemId, Map<String, Object> datasourceItem, List<Result> results,
		@Nullable Sample sample, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Reads a missing status as {@link EvalOutputItemStatus#UNKNOWN} and missing collections as empty.
	 */
	public EvalOutputItem {
		status = (status != null) ? status : EvalOutputItemStatus.UNKNOWN;
		datasourceItem = Extras.copy(datasourceItem);
		results = WireLists.copyOf(results);
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/**
	 * One grader's result for an item.
	 *
	 * @param name the name of the grader
	 * @param type the type of the grader, when reported
	 * @param score the score
	 * @param passed whether the item passed this grader
	 * @param sample what the grader produced on the way, when reported
	 * @param extra the other fields the grader reported
	 */
	public record Result(String name, @Nullable String type, double score, boolean passed,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> sample,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

		/**
		 * Copies the extra properties; a missing sample reads as an empty map.
		 */
		public Result {
			sample = WireMaps.copyOf(sample);
			extra = Extras.copy(extra);
		}

	}

	/**
	 * The model's input and output for an item.
	 *
	 * @param input the messages sent
	 * @param output the messages the model answered
	 * @param finishReason why the model stopped, such as {@code stop}
	 * @param model the model sampled
	 * @param usage the tokens used
	 * @param error why sampling failed, when it did
	 * @param temperature the temperature used
	 * @param maxCompletionTokens the most tokens allowed
	 * @param topP the {@code top_p} used
	 * @param seed the seed used
	 */
	public record Sample(List<Message> input, List<Message> output, @Nullable String finishReason,
			@Nullable String model, @Nullable Usage usage, @Nullable EvalError error, @Nullable Double temperature,
			@Nullable Integer maxCompletionTokens, @Nullable Double topP, @Nullable Long seed) {

		/**
		 * Reads missing message lists as empty.
		 */
		public Sample {
			input = WireLists.copyOf(input);
			output = WireLists.copyOf(output);
		}

	}

	/**
	 * A message of a sample.
	 *
	 * @param role who speaks, such as {@code user} or {@code assistant}
	 * @param content the text
	 */
	public record Message(@Nullable String role, @Nullable String content) {
	}

	/**
	 * The tokens a sample used.
	 *
	 * @param totalTokens the total tokens
	 * @param completionTokens the completion tokens
	 * @param promptTokens the prompt tokens
	 * @param cachedTokens the prompt tokens read from cache
	 */
	public record Usage(long totalTokens, long completionTokens, long promptTokens, long cachedTokens) {
	}

}
