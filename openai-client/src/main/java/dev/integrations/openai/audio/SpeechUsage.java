package dev.integrations.openai.audio;

/**
 * Tokens used to generate speech.
 *
 * @param inputTokens tokens in the input text and instructions
 * @param outputTokens audio tokens generated
 * @param totalTokens input plus output
 */
public record SpeechUsage(long inputTokens, long outputTokens, long totalTokens) {

}
