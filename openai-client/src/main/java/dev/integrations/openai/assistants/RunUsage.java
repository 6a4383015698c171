package dev.integrations.openai.assistants;

/**
 * Tokens used by a run or a run step; {@code null} on the run until it reaches a terminal status.
 *
 * @param completionTokens completion tokens
 * @param promptTokens prompt tokens
 * @param totalTokens prompt plus completion tokens
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record RunUsage(long completionTokens, long promptTokens, long totalTokens) {

}
