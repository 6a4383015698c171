package dev.integrations.openai.common;

/**
 * Tokens a call consumed, as reported by the API, for metrics.
 *
 * @param inputTokens prompt (input) tokens
 * @param outputTokens completion (output) tokens, including reasoning tokens
 */
public record TokenUsage(long inputTokens, long outputTokens) {

}
