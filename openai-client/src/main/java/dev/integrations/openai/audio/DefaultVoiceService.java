package dev.integrations.openai.audio;

import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import reactor.core.publisher.Mono;

/**
 * {@link VoiceService} over the shared executor.
 */
final class DefaultVoiceService implements VoiceService {

	private final ApiExecutor executor;

	DefaultVoiceService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public VoiceService withOptions(RequestOptions options) {
		return new DefaultVoiceService(this.executor.withOptions(options));
	}

	@Override
	public CustomVoice create(VoiceRequest request) {
		return this.executor.blocking(createRequest(request), CustomVoice.class);
	}

	@Override
	public Mono<CustomVoice> createAsync(VoiceRequest request) {
		return this.executor.mono(() -> createRequest(request), CustomVoice.class);
	}

	private ApiRequest createRequest(VoiceRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/audio/voices")
			.operation("audio.voices.create")
			.multipartBody(this.executor.form()
				.field("name", request.name())
				.file("audio_sample", request.audioSample())
				.field("consent", request.consent())
				.build())
			.build();
	}

}
