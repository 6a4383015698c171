package dev.integrations.openai.audio;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Speech to text ({@code POST /audio/transcriptions}, multipart). One method per shape of answer: typed JSON,
 * speaker-annotated JSON, plain text (text, SRT, WebVTT) or streamed events. Get it from
 * {@link AudioService#transcriptions()}.
 */
public interface TranscriptionService extends OpenAIService<TranscriptionService> {

	/**
	 * Transcribes audio in {@code json} (the default) or {@code verbose_json} format.
	 * @param request the audio and options
	 * @return the transcription
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if another format is requested
	 */
	Transcription create(TranscriptionRequest request);

	/** {@link #create(TranscriptionRequest)} as a lazy {@link Mono}. */
	Mono<Transcription> createAsync(TranscriptionRequest request);

	/**
	 * Transcribes audio with speaker annotations ({@code diarized_json}, set when no format is requested).
	 * @param request the audio and options, typically with {@code gpt-4o-transcribe-diarize}
	 * @return the diarized transcription
	 */
	DiarizedTranscription createDiarized(TranscriptionRequest request);

	/** {@link #createDiarized(TranscriptionRequest)} as a lazy {@link Mono}. */
	Mono<DiarizedTranscription> createDiarizedAsync(TranscriptionRequest request);

	/**
	 * Transcribes audio as {@code text} (set when no format is requested), {@code srt} or {@code vtt}.
	 * @param request the audio and options
	 * @return the text or subtitles
	 */
	String createText(TranscriptionRequest request);

	/** {@link #createText(TranscriptionRequest)} as a lazy {@link Mono}. */
	Mono<String> createTextAsync(TranscriptionRequest request);

	/**
	 * Transcribes audio as server-sent events ({@code stream=true}): text deltas, then the whole text; speaker
	 * segments too with {@code diarized_json}. Ignored by {@code whisper-1}.
	 * @param request the audio and options
	 * @return the events, read on the caller's thread; close the stream to stop early
	 */
	BlockingStream<TranscriptionStreamEvent> stream(TranscriptionRequest request);

	/**
	 * Transcribes audio as server-sent events ({@code stream=true}).
	 * @param request the audio and options
	 * @return the events
	 */
	Flux<TranscriptionStreamEvent> streamAsync(TranscriptionRequest request);

}
