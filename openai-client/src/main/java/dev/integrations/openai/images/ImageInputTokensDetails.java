package dev.integrations.openai.images;

/**
 * The input tokens of an image request, by kind.
 *
 * @param textTokens the text tokens of the prompt
 * @param imageTokens the image tokens of the input images
 */
public record ImageInputTokensDetails(long textTokens, long imageTokens) {

}
