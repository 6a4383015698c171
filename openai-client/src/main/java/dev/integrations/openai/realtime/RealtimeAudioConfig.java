package dev.integrations.openai.realtime;

import java.util.List;

import dev.integrations.openai.common.RecordBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The audio settings of a session or a response ({@code audio} of {@code RealtimeSessionCreateRequestGA}): what
 * comes in (format, transcription, noise reduction, turn detection) and what goes out (format, voice, speed).
 *
 * @param input the input audio settings
 * @param output the output audio settings
 */
public record RealtimeAudioConfig(@Nullable Input input, @Nullable Output output) {

	/**
	 * Input settings alone.
	 * @param input the input settings
	 * @return the audio settings
	 */
	public static RealtimeAudioConfig of(Input input) {
		return new RealtimeAudioConfig(input, null);
	}

	/**
	 * Output settings alone.
	 * @param output the output settings
	 * @return the audio settings
	 */
	public static RealtimeAudioConfig of(Output output) {
		return new RealtimeAudioConfig(null, output);
	}

	/**
	 * Input and output settings.
	 * @param input the input settings
	 * @param output the output settings
	 * @return the audio settings
	 */
	public static RealtimeAudioConfig of(Input input, Output output) {
		return new RealtimeAudioConfig(input, output);
	}

	/**
	 * Input audio settings.
	 *
	 * @param format the format of {@code input_audio_buffer.append} audio
	 * @param transcription how input audio is transcribed, off when {@code null}
	 * @param noiseReduction the noise reduction filter, off when {@code null}
	 * @param turnDetection how the end of a turn is detected
	 */
	public record Input(@Nullable RealtimeAudioFormat format, @Nullable Transcription transcription,
			@Nullable NoiseReduction noiseReduction, @Nullable RealtimeTurnDetection turnDetection) {

		/**
		 * Starts input settings.
		 * @return a builder
		 */
		public static Builder builder() {
			return new Builder();
		}

		/** Builds {@link Input}. */
		public static final class Builder extends RecordBuilder<Input, Builder> {

			private Builder() {
				super(Input.class, null);
			}

			/** Sets {@code format}: the input format, such as {@link RealtimeAudioFormat#PCM}. */
			public Builder format(RealtimeAudioFormat format) {
				return set("format", format);
			}

			/** Sets {@code transcription}. */
			public Builder transcription(Transcription transcription) {
				return set("transcription", transcription);
			}

			/**
			 * Sets {@code noise_reduction}: {@code near_field} (headsets) or {@code far_field} (laptops, conference
			 * rooms).
			 */
			public Builder noiseReduction(String type) {
				return set("noiseReduction", new NoiseReduction(type));
			}

			/** Sets {@code turn_detection}: server or semantic VAD. */
			public Builder turnDetection(RealtimeTurnDetection turnDetection) {
				return set("turnDetection", turnDetection);
			}

		}

	}

	/**
	 * Output audio settings.
	 *
	 * @param format the format of output audio
	 * @param voice the voice, such as {@code marin} or {@code cedar}; fixed once the model has spoken
	 * @param speed the speaking speed, 0.25 to 1.5 (sessions only)
	 */
	public record Output(@Nullable RealtimeAudioFormat format, @Nullable String voice, @Nullable Double speed) {

		/**
		 * Output in a voice, with the other settings left to the API.
		 * @param voice the voice, such as {@code marin}
		 * @return the settings
		 */
		public static Output voice(String voice) {
			return new Output(null, voice, null);
		}

	}

	/**
	 * How input audio is transcribed ({@code AudioTranscription}).
	 *
	 * @param model the transcription model, such as {@code gpt-4o-transcribe} or {@code whisper-1}
	 * @param language the input language (ISO-639-1), such as {@code en}
	 * @param languages the expected input languages
	 * @param keywords words the transcription should recognize
	 * @param prompt text that guides the transcription
	 * @param delay how long the model may wait for context: {@code minimal} to {@code xhigh}
	 */
	public record Transcription(@Nullable String model, @Nullable String language, @Nullable List<String> languages,
			@Nullable List<String> keywords, @Nullable String prompt, @Nullable String delay) {

		/**
		 * Transcription by a model.
		 * @param model the model, such as {@code gpt-4o-transcribe}
		 * @return the settings
		 */
		public static Transcription model(String model) {
			return new Transcription(model, null, null, null, null, null);
		}

	}

	/**
	 * A noise reduction filter.
	 *
	 * @param type {@code near_field} or {@code far_field}
	 */
	public record NoiseReduction(@Nullable String type) {

	}

}
