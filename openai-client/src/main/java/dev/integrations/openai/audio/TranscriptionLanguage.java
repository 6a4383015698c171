package dev.integrations.openai.audio;

/**
 * A language detected in the audio (returned by {@code gpt-transcribe}).
 *
 * @param code the language code, such as {@code en}
 */
public record TranscriptionLanguage(String code) {

}
