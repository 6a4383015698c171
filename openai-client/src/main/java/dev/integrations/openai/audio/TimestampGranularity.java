package dev.integrations.openai.audio;

import java.util.Locale;

/**
 * The timestamps of a {@code verbose_json} transcription ({@code timestamp_granularities[]}).
 */
public enum TimestampGranularity {

	/** Per word (adds latency). */
	WORD,

	/** Per segment (the default). */
	SEGMENT;

	/** @return the wire value, {@code word} or {@code segment} */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
