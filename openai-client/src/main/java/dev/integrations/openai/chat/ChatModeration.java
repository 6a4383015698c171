package dev.integrations.openai.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.integrations.openai.internal.WireLists;
import dev.integrations.openai.internal.WireMaps;
import org.jspecify.annotations.Nullable;

/**
 * Moderation results for the request input and the generated output, when moderation was requested.
 *
 * @param input the input's outcome
 * @param output the output's outcome
 */
public record ChatModeration(@Nullable Outcome input, @Nullable Outcome output) {

	/**
	 * The outcome of moderating one side: {@code moderation_results} with results, or {@code error} with a code
	 * and message.
	 *
	 * @param type {@code moderation_results} or {@code error}
	 * @param model the moderation model, for results
	 * @param results the results
	 * @param code the error code, for an error
	 * @param message the error message, for an error
	 */
	public record Outcome(String type, @Nullable String model, List<Result> results, @Nullable String code,
			@Nullable String message) {

		/**
		 * Normalizes a missing list to an empty one.
		 */
		public Outcome {
			results = WireLists.copyOf(results);
		}

	}

	/**
	 * One moderation result.
	 *
	 * @param type always {@code moderation_result}
	 * @param model the moderation model
	 * @param flagged whether any category was flagged
	 * @param categories whether each category was flagged
	 * @param categoryScores the score of each category
	 * @param categoryAppliedInputTypes the input types ({@code text}, {@code image}) each category applied to
	 */
	public record Result(@Nullable String type, @Nullable String model, boolean flagged,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Boolean> categories,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> categoryScores,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<String>> categoryAppliedInputTypes) {

		/**
		 * Reads missing maps as empty ones.
		 */
		public Result {
			categories = WireMaps.copyOf(categories);
			categoryScores = WireMaps.copyOf(categoryScores);
			categoryAppliedInputTypes = WireMaps.copyOf(categoryAppliedInputTypes);
		}

	}

}
