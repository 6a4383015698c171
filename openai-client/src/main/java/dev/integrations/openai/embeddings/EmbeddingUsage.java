package dev.integrations.openai.embeddings;

/**
 * The tokens an embedding request consumed.
 *
 * @param promptTokens the tokens of the input
 * @param totalTokens the tokens billed in total
 */
public record EmbeddingUsage(long promptTokens, long totalTokens) {

}
