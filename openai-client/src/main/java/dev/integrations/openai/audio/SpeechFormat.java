package dev.integrations.openai.audio;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The audio format of generated speech ({@code response_format}); the API's default is {@code mp3}.
 */
public enum SpeechFormat {

	/** MP3. */
	@JsonProperty("mp3")
	MP3,

	/** Opus, for streaming and low latency. */
	@JsonProperty("opus")
	OPUS,

	/** AAC. */
	@JsonProperty("aac")
	AAC,

	/** FLAC, lossless. */
	@JsonProperty("flac")
	FLAC,

	/** WAV, uncompressed. */
	@JsonProperty("wav")
	WAV,

	/** Raw 24 kHz 16-bit signed little-endian PCM, without header. */
	@JsonProperty("pcm")
	PCM;

	/** @return the wire value, such as {@code mp3} */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
