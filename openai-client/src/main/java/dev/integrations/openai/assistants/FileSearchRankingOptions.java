package dev.integrations.openai.assistants;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Ranking options of the file search tool.
 *
 * @param ranker the ranker, {@link #AUTO} or {@link #DEFAULT_2024_08_21}; {@code null} means {@code auto}
 * @param scoreThreshold results scoring below this threshold (0 to 1) are dropped
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record FileSearchRankingOptions(@Nullable String ranker, double scoreThreshold) {

	/** The {@code auto} ranker. */
	public static final String AUTO = "auto";

	/** The {@code default_2024_08_21} ranker. */
	public static final String DEFAULT_2024_08_21 = "default_2024_08_21";

	/**
	 * Checks the request rule of the threshold; the client calls this before sending the options.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming
	 * {@code ranking_options.score_threshold}
	 */
	public void validate() {
		Validation.range("ranking_options.score_threshold", this.scoreThreshold, 0, 1);
	}

}
