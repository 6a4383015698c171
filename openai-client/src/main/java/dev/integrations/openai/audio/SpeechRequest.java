package dev.integrations.openai.audio;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /audio/speech}. Build it with {@link #builder()}.
 *
 * @param model the TTS model, see {@link SpeechModels}
 * @param input the text to speak, at most 4096 characters
 * @param voice the voice
 * @param instructions how to speak (tone, pace, accent), at most 4096 characters; not for {@code tts-1} or
 * {@code tts-1-hd}
 * @param responseFormat the audio format (the API's default is {@code mp3})
 * @param speed the speed, 0.25 to 4.0 (the API's default is 1.0)
 * @param streamFormat {@code sse} or {@code audio}; set by {@link SpeechService} from the method called
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record SpeechRequest(String model, String input, Voice voice, @Nullable String instructions,
		@Nullable SpeechFormat responseFormat, @Nullable Double speed, @Nullable SpeechStreamFormat streamFormat,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	private static final int MAX_TEXT = 4096;

	/**
	 * Validates the request.
	 */
	public SpeechRequest {
		extra = Extras.copy(extra);
		Validation.notBlank("model", model);
		Validation.notBlank("input", input);
		maxLength("input", input);
		Validation.required("voice", voice);
		if (instructions != null) {
			maxLength("instructions", instructions);
		}
		Validation.range("speed", speed, 0.25, 4.0);
	}

	/**
	 * Starts a request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * A builder holding this request's values.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	SpeechRequest withStreamFormat(SpeechStreamFormat format) {
		return new SpeechRequest(this.model, this.input, this.voice, this.instructions, this.responseFormat, this.speed,
				format, this.extra);
	}

	private static void maxLength(String field, String value) {
		if (value.length() > MAX_TEXT) {
			throw new OpenAIValidationException(field,
					field + " must be at most " + MAX_TEXT + " characters, had " + value.length());
		}
	}

	/**
	 * Builds a {@link SpeechRequest}; {@code model}, {@code input} and {@code voice} are required.
	 */
	public static final class Builder extends RecordBuilder<SpeechRequest, Builder> {

		private Builder(@Nullable SpeechRequest from) {
			super(SpeechRequest.class, from);
		}

		/** Sets the model: the model, see {@link SpeechModels}. */
		public Builder model(@Nullable String model) {
			return set("model", model);
		}

		/** Sets the text to speak: at most 4096 characters. */
		public Builder input(@Nullable String input) {
			return set("input", input);
		}

		/** Sets the voice: a built-in or custom voice. */
		public Builder voice(@Nullable Voice voice) {
			return set("voice", voice);
		}

		/** Sets a built-in voice by name: the voice name, such as {@code coral}. */
		public Builder voice(String voice) {
			return set("voice", Voice.of(voice));
		}

		/** Sets instructions on how to speak: at most 4096 characters. */
		public Builder instructions(@Nullable String instructions) {
			return set("instructions", instructions);
		}

		/** Sets the audio format. */
		public Builder responseFormat(@Nullable SpeechFormat responseFormat) {
			return set("responseFormat", responseFormat);
		}

		/** Sets the speed: 0.25 to 4.0. */
		public Builder speed(@Nullable Double speed) {
			return set("speed", speed);
		}

		/** Sets the stream format; {@link SpeechService} overrides it to match the method called. */
		public Builder streamFormat(@Nullable SpeechStreamFormat streamFormat) {
			return set("streamFormat", streamFormat);
		}

	}

}
