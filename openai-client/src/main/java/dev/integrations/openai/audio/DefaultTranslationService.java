package dev.integrations.openai.audio;

import java.util.EnumSet;

import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.MultipartForm;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import reactor.core.publisher.Mono;

/**
 * {@link TranslationService} over the shared executor.
 */
final class DefaultTranslationService implements TranslationService {

	private static final EnumSet<AudioResponseFormat> JSON = EnumSet.of(AudioResponseFormat.JSON,
			AudioResponseFormat.VERBOSE_JSON);

	private final ApiExecutor executor;

	DefaultTranslationService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public TranslationService withOptions(RequestOptions options) {
		return new DefaultTranslationService(this.executor.withOptions(options));
	}

	@Override
	public Translation create(TranslationRequest request) {
		return this.executor.blocking(request(request, AudioResponseFormat.JSON, JSON, "create"), Translation.class);
	}

	@Override
	public Mono<Translation> createAsync(TranslationRequest request) {
		return this.executor.mono(() -> request(request, AudioResponseFormat.JSON, JSON, "create"),
				Translation.class);
	}

	@Override
	public String createText(TranslationRequest request) {
		return this.executor.blocking(request(request, AudioResponseFormat.TEXT, AudioForm.TEXT_FORMATS, "createText"),
				String.class);
	}

	@Override
	public Mono<String> createTextAsync(TranslationRequest request) {
		return this.executor.mono(
				() -> request(request, AudioResponseFormat.TEXT, AudioForm.TEXT_FORMATS, "createText"), String.class);
	}

	private ApiRequest request(TranslationRequest request, AudioResponseFormat fallback,
			EnumSet<AudioResponseFormat> allowed, String method) {
		Validation.required("request", request);
		AudioResponseFormat format = AudioForm.format(request.responseFormat(), fallback, allowed, method);
		MultipartForm form = this.executor.form().file("file", request.file())
			.field("model", request.model())
			.field("prompt", request.prompt())
			.field("response_format", format.wireValue())
			.field("temperature", request.temperature());
		return ApiRequest.post("/audio/translations")
			.operation("audio.translations.create")
			.model(request.model())
			.multipartBody(form.build())
			.build();
	}

}
