package dev.integrations.openai.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.Validation;

/**
 * Parameters for audio output ({@code audio}), required when {@code modalities} contains {@code audio}.
 *
 * @param voice the voice
 * @param format the output audio format
 */
public record AudioOutput(Voice voice, Format format) {

	/**
	 * Checks the required fields.
	 */
	public AudioOutput {
		Validation.required("audio.voice", voice);
		Validation.required("audio.format", format);
	}

	/**
	 * A voice: a built-in name (sent as a string) or a custom voice ID (sent as {@code {"id": ...}}).
	 *
	 * @param id the name or ID
	 * @param custom whether this is a custom voice
	 */
	public record Voice(String id, boolean custom) {

		/** Built-in voice {@code alloy}. */
		public static final Voice ALLOY = of("alloy");

		/** Built-in voice {@code ash}. */
		public static final Voice ASH = of("ash");

		/** Built-in voice {@code ballad}. */
		public static final Voice BALLAD = of("ballad");

		/** Built-in voice {@code coral}. */
		public static final Voice CORAL = of("coral");

		/** Built-in voice {@code echo}. */
		public static final Voice ECHO = of("echo");

		/** Built-in voice {@code sage}. */
		public static final Voice SAGE = of("sage");

		/** Built-in voice {@code shimmer}. */
		public static final Voice SHIMMER = of("shimmer");

		/** Built-in voice {@code verse}. */
		public static final Voice VERSE = of("verse");

		/** Built-in voice {@code marin}. */
		public static final Voice MARIN = of("marin");

		/** Built-in voice {@code cedar}. */
		public static final Voice CEDAR = of("cedar");

		/**
		 * Checks the ID.
		 */
		public Voice {
			Validation.notBlank("audio.voice", id);
		}

		/**
		 * A built-in voice by name, including names newer than this client.
		 * @param name the voice name
		 * @return the voice
		 */
		public static Voice of(String name) {
			return new Voice(name, false);
		}

		/**
		 * A custom voice.
		 * @param id the custom voice ID, such as {@code voice_1234}
		 * @return the voice
		 */
		public static Voice custom(String id) {
			return new Voice(id, true);
		}

		/** @return the wire form: the name, or {@code {"id": ...}} for a custom voice */
		@JsonValue
		Object wireValue() {
			return this.custom ? Map.of("id", this.id) : this.id;
		}

	}

	/**
	 * The output audio format.
	 */
	public enum Format {

		/** WAV. */
		WAV,

		/** AAC. */
		AAC,

		/** MP3. */
		MP3,

		/** FLAC. */
		FLAC,

		/** Opus. */
		OPUS,

		/** Raw 16-bit PCM. */
		PCM16

	}

}
