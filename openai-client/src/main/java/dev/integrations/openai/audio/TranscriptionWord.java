package dev.integrations.openai.audio;

/**
 * A word of a {@code verbose_json} transcription with {@code word} timestamps.
 *
 * @param word the word
 * @param start its start, in seconds
 * @param end its end, in seconds
 */
public record TranscriptionWord(String word, double start, double end) {

}
