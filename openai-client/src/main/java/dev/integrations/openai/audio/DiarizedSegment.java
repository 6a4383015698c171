package dev.integrations.openai.audio;

/**
 * A speaker-annotated segment of a {@code diarized_json} transcription.
 *
 * @param type always {@code transcript.text.segment}
 * @param id the segment ID, such as {@code seg_001}
 * @param start its start, in seconds
 * @param end its end, in seconds
 * @param text its text
 * @param speaker the speaker: a name from {@code known_speaker_names[]}, or {@code A}, {@code B}, ...
 */
public record DiarizedSegment(String type, String id, double start, double end, String text, String speaker) {

}
