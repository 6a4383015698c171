package dev.integrations.openai.moderations;

/**
 * The classification of one input (or of all parts of a multimodal input).
 *
 * @param flagged whether any category is flagged
 * @param categories whether each category is flagged
 * @param categoryScores the score of each category
 * @param categoryAppliedInputTypes the input types each category's score applies to
 */
public record ModerationResult(boolean flagged, ModerationCategories categories,
		ModerationCategoryScores categoryScores, ModerationAppliedInputTypes categoryAppliedInputTypes) {

}
