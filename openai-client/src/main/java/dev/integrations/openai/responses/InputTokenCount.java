package dev.integrations.openai.responses;

/**
 * The answer of {@code POST /responses/input_tokens}.
 *
 * @param object always {@code response.input_tokens}
 * @param inputTokens the number of input tokens
 */
public record InputTokenCount(String object, long inputTokens) {

}
