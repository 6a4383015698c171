package dev.integrations.openai.responses;

import org.jspecify.annotations.Nullable;

/**
 * Ranking of file search results ({@code ranking_options} of {@link FileSearchTool}).
 *
 * @param ranker {@code auto} or {@code default-2024-11-15}
 * @param scoreThreshold the minimum score, 0 to 1
 * @param hybridSearch weights of embedding and text matches, when hybrid search is used
 */
public record FileSearchRanking(@Nullable String ranker, @Nullable Double scoreThreshold,
		@Nullable HybridSearch hybridSearch) {

	/**
	 * Weights of hybrid search.
	 *
	 * @param embeddingWeight the weight of embedding similarity
	 * @param textWeight the weight of text similarity
	 */
	public record HybridSearch(double embeddingWeight, double textWeight) {

	}

}
