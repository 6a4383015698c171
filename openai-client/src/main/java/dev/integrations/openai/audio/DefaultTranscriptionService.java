package dev.integrations.openai.audio;

import java.util.EnumSet;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.MultipartForm;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link TranscriptionService} over the shared executor.
 */
final class DefaultTranscriptionService implements TranscriptionService {

	private static final EnumSet<AudioResponseFormat> JSON = EnumSet.of(AudioResponseFormat.JSON,
			AudioResponseFormat.VERBOSE_JSON);

	private static final EnumSet<AudioResponseFormat> DIARIZED = EnumSet.of(AudioResponseFormat.DIARIZED_JSON);

	private final ApiExecutor executor;

	DefaultTranscriptionService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public TranscriptionService withOptions(RequestOptions options) {
		return new DefaultTranscriptionService(this.executor.withOptions(options));
	}

	@Override
	public Transcription create(TranscriptionRequest request) {
		return this.executor.blocking(jsonRequest(request), Transcription.class);
	}

	@Override
	public Mono<Transcription> createAsync(TranscriptionRequest request) {
		return this.executor.mono(() -> jsonRequest(request), Transcription.class);
	}

	@Override
	public DiarizedTranscription createDiarized(TranscriptionRequest request) {
		return this.executor.blocking(diarizedRequest(request), DiarizedTranscription.class);
	}

	@Override
	public Mono<DiarizedTranscription> createDiarizedAsync(TranscriptionRequest request) {
		return this.executor.mono(() -> diarizedRequest(request), DiarizedTranscription.class);
	}

	@Override
	public String createText(TranscriptionRequest request) {
		return this.executor.blocking(textRequest(request), String.class);
	}

	@Override
	public Mono<String> createTextAsync(TranscriptionRequest request) {
		return this.executor.mono(() -> textRequest(request), String.class);
	}

	@Override
	public BlockingStream<TranscriptionStreamEvent> stream(TranscriptionRequest request) {
		return BlockingStream.of(streamAsync(request));
	}

	@Override
	public Flux<TranscriptionStreamEvent> streamAsync(TranscriptionRequest request) {
		return this.executor.stream(() -> request(Validation.required("request", request), true),
				TranscriptionStreamEvent.class);
	}

	private ApiRequest jsonRequest(TranscriptionRequest request) {
		return formatted(request, AudioResponseFormat.JSON, JSON, "create");
	}

	private ApiRequest diarizedRequest(TranscriptionRequest request) {
		return formatted(request, AudioResponseFormat.DIARIZED_JSON, DIARIZED, "createDiarized");
	}

	private ApiRequest textRequest(TranscriptionRequest request) {
		return formatted(request, AudioResponseFormat.TEXT, AudioForm.TEXT_FORMATS, "createText");
	}

	private ApiRequest formatted(TranscriptionRequest request, AudioResponseFormat fallback,
			EnumSet<AudioResponseFormat> allowed, String method) {
		Validation.required("request", request);
		AudioResponseFormat format = AudioForm.format(request.responseFormat(), fallback, allowed, method);
		return request(request.withResponseFormat(format), false);
	}

	private ApiRequest request(TranscriptionRequest request, boolean stream) {
		MultipartForm form = this.executor.form().file("file", request.file())
			.field("model", request.model())
			.field("language", request.language())
			.list("languages", request.languages(), String::valueOf)
			.list("keywords", request.keywords(), String::valueOf)
			.field("prompt", request.prompt())
			.field("response_format", wire(request.responseFormat()))
			.field("temperature", request.temperature())
			.list("include", request.include(), TranscriptionInclude::wireValue)
			.list("timestamp_granularities", request.timestampGranularities(), TimestampGranularity::wireValue)
			.fields(AudioForm.chunkingStrategy(request.chunkingStrategy()))
			.list("known_speaker_names", request.knownSpeakerNames(), String::valueOf)
			.list("known_speaker_references", request.knownSpeakerReferences(), String::valueOf)
			.field("stream", stream ? "true" : null)
			.fields(request.extra());
		return ApiRequest.post("/audio/transcriptions")
			.operation("audio.transcriptions.create")
			.model(request.model())
			.multipartBody(form.build())
			.build();
	}

	private static @Nullable String wire(@Nullable AudioResponseFormat format) {
		return (format != null) ? format.wireValue() : null;
	}

}
