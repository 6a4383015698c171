package dev.integrations.openai.audio;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.common.ContentWriter;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link SpeechService} over the shared executor.
 */
final class DefaultSpeechService implements SpeechService {

	private final ApiExecutor executor;

	DefaultSpeechService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public SpeechService withOptions(RequestOptions options) {
		return new DefaultSpeechService(this.executor.withOptions(options));
	}

	@Override
	public long create(SpeechRequest request, Path target) {
		return ContentWriter.write(this.executor.download(() -> audioRequest(request)), target);
	}

	@Override
	public long create(SpeechRequest request, OutputStream target) {
		return ContentWriter.write(this.executor.download(() -> audioRequest(request)), target);
	}

	@Override
	public Mono<Long> createAsync(SpeechRequest request, Path target) {
		return ContentWriter.writeAsync(this.executor.download(() -> audioRequest(request)), target);
	}

	@Override
	public Flux<ByteBuffer> createAsync(SpeechRequest request) {
		return this.executor.downloadBytes(() -> audioRequest(request));
	}

	@Override
	public BlockingStream<SpeechStreamEvent> stream(SpeechRequest request) {
		return BlockingStream.of(streamAsync(request));
	}

	@Override
	public Flux<SpeechStreamEvent> streamAsync(SpeechRequest request) {
		return this.executor.stream(() -> request(Validation.required("request", request)
			.withStreamFormat(SpeechStreamFormat.SSE)), SpeechStreamEvent.class);
	}

	private static ApiRequest audioRequest(SpeechRequest request) {
		Validation.required("request", request);
		if (request.streamFormat() == SpeechStreamFormat.SSE) {
			throw new OpenAIValidationException("stream_format",
					"stream_format sse answers with events; use stream(request) for it");
		}
		return request(request);
	}

	private static ApiRequest request(SpeechRequest request) {
		return ApiRequest.post("/audio/speech")
			.operation("audio.speech.create")
			.model(request.model())
			.jsonBody(request)
			.build();
	}

}
