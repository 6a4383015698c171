package dev.integrations.openai.audio;

import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * Audio into English text ({@code POST /audio/translations}, multipart). Get it from
 * {@link AudioService#translations()}.
 */
public interface TranslationService extends OpenAIService<TranslationService> {

	/**
	 * Translates audio in {@code json} (the default) or {@code verbose_json} format.
	 * @param request the audio and options
	 * @return the translation
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if another format is requested
	 */
	Translation create(TranslationRequest request);

	/** {@link #create(TranslationRequest)} as a lazy {@link Mono}. */
	Mono<Translation> createAsync(TranslationRequest request);

	/**
	 * Translates audio as {@code text} (set when no format is requested), {@code srt} or {@code vtt}.
	 * @param request the audio and options
	 * @return the text or subtitles
	 */
	String createText(TranslationRequest request);

	/** {@link #createText(TranslationRequest)} as a lazy {@link Mono}. */
	Mono<String> createTextAsync(TranslationRequest request);

}
