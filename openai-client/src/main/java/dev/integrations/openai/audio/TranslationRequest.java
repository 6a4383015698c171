package dev.integrations.openai.audio;

import java.nio.file.Path;

import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The form of {@code POST /audio/translations} (audio into English), sent as multipart.
 *
 * @param file the audio (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm), with an extension-bearing filename
 * @param model the model; only {@code whisper-1} is available
 * @param prompt English text to guide the style or continue a previous segment
 * @param responseFormat {@code json}, {@code text}, {@code srt}, {@code verbose_json} or {@code vtt} (the API's
 * default is {@code json})
 * @param temperature the sampling temperature, 0 to 1
 */
public record TranslationRequest(FileContent file, String model, @Nullable String prompt,
		@Nullable AudioResponseFormat responseFormat, @Nullable Double temperature) {

	/**
	 * Validates the request.
	 */
	public TranslationRequest {
		Validation.required("file", file);
		Validation.notBlank("model", model);
		if (responseFormat == AudioResponseFormat.DIARIZED_JSON) {
			throw new OpenAIValidationException("response_format",
					"response_format diarized_json is not supported by translations");
		}
		Validation.range("temperature", temperature, 0, 1);
	}

	/**
	 * A translation with the API's defaults.
	 * @param file the audio
	 * @param model the model, {@code whisper-1}
	 * @return the request
	 */
	public static TranslationRequest of(FileContent file, String model) {
		return new TranslationRequest(file, model, null, null, null);
	}

	/**
	 * A translation of an audio file on disk with the API's defaults.
	 * @param file the audio file
	 * @param model the model, {@code whisper-1}
	 * @return the request
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
	 */
	public static TranslationRequest of(Path file, String model) {
		return of(FileContent.of(file), model);
	}

	/**
	 * The same request with a prompt.
	 * @param prompt English text
	 * @return a new request
	 */
	public TranslationRequest withPrompt(@Nullable String prompt) {
		return new TranslationRequest(this.file, this.model, prompt, this.responseFormat, this.temperature);
	}

	/**
	 * The same request with an output format.
	 * @param responseFormat the format
	 * @return a new request
	 */
	public TranslationRequest withResponseFormat(@Nullable AudioResponseFormat responseFormat) {
		return new TranslationRequest(this.file, this.model, this.prompt, responseFormat, this.temperature);
	}

	/**
	 * The same request with a temperature.
	 * @param temperature 0 to 1
	 * @return a new request
	 */
	public TranslationRequest withTemperature(@Nullable Double temperature) {
		return new TranslationRequest(this.file, this.model, this.prompt, this.responseFormat, temperature);
	}

}
