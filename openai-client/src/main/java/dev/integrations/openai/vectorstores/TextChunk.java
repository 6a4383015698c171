package dev.integrations.openai.vectorstores;

/**
 * A piece of text: a chunk of a file's parsed content or of a search result.
 *
 * @param type the content type, {@code text}
 * @param text the text
 */
public record TextChunk(String type, String text) {

}
