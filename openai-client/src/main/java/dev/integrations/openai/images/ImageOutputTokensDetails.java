package dev.integrations.openai.images;

/**
 * The output tokens of an image request, by kind.
 *
 * @param imageTokens the image tokens generated
 * @param textTokens the text tokens generated
 */
public record ImageOutputTokensDetails(long imageTokens, long textTokens) {

}
