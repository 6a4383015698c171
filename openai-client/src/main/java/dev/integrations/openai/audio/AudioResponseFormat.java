package dev.integrations.openai.audio;

import java.util.Locale;

/**
 * The output format of a transcription or translation ({@code response_format}). {@code json},
 * {@code verbose_json} and {@code diarized_json} answer with typed objects; {@code text}, {@code srt} and
 * {@code vtt} with plain text. Translations support all but {@code diarized_json}.
 */
public enum AudioResponseFormat {

	/** {@code {"text": ...}} with usage (the default). */
	JSON,

	/** Plain text. */
	TEXT,

	/** SubRip subtitles. */
	SRT,

	/** Text with language, duration, segments and, if requested, words. */
	VERBOSE_JSON,

	/** WebVTT subtitles. */
	VTT,

	/** Text with speaker-annotated segments ({@code gpt-4o-transcribe-diarize}). */
	DIARIZED_JSON;

	/** @return the wire value, such as {@code verbose_json} */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	boolean isPlainText() {
		return this == TEXT || this == SRT || this == VTT;
	}

}
