package dev.integrations.openai.audio;

import java.util.Locale;


/**
 * The audio format of generated speech ({@code response_format}); the API's default is {@code mp3}.
 */
public enum SpeechFormat {

	/** MP3. */
	MP3,

	/** Opus, for streaming and low latency. */
	OPUS,

	/** AAC. */
	AAC,

	/** FLAC, lossless. */
	FLAC,

	/** WAV, uncompressed. */
	WAV,

	/** Raw 24 kHz 16-bit signed little-endian PCM, without header. */
	PCM;

	/** @return the wire value, such as {@code mp3} */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
