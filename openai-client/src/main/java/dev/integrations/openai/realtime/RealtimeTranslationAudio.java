package dev.integrations.openai.realtime;

import org.jspecify.annotations.Nullable;

/**
 * The audio of a Realtime translation session: how the input is transcribed and cleaned, and the language spoken
 * back.
 *
 * @param input the input audio settings
 * @param output the output audio settings
 */
public record RealtimeTranslationAudio(@Nullable Input input, @Nullable Output output) {

	/**
	 * Translation into a language, with default input settings.
	 * @param language the output language, such as {@code es} or {@code fr}
	 * @return the audio settings
	 */
	public static RealtimeTranslationAudio into(String language) {
		return new RealtimeTranslationAudio(null, new Output(language));
	}

	/**
	 * Input audio settings.
	 *
	 * @param transcription the transcription of the input, or {@code null} for none
	 * @param noiseReduction the noise reduction, or {@code null} for none
	 */
	public record Input(@Nullable Transcription transcription, @Nullable NoiseReduction noiseReduction) {

	}

	/**
	 * The transcription of the input.
	 *
	 * @param model the transcription model, such as {@code gpt-4o-transcribe}
	 */
	public record Transcription(String model) {

	}

	/**
	 * Noise reduction of the input.
	 *
	 * @param type {@code near_field} (headsets) or {@code far_field} (laptops, conference rooms)
	 */
	public record NoiseReduction(String type) {

	}

	/**
	 * Output audio settings.
	 *
	 * @param language the language to translate into
	 */
	public record Output(@Nullable String language) {

	}

}
