package dev.integrations.openai.audio;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Text to speech ({@code POST /audio/speech}). The audio arrives as a streamed binary body, written to its target
 * buffer by buffer and never held in memory, or as server-sent events carrying base64 chunks. Get it from
 * {@link AudioService#speech()}.
 */
public interface SpeechService extends OpenAIService<SpeechService> {

	/**
	 * Generates speech into a file, creating or truncating it.
	 * @param request the text, voice and format
	 * @param target the file to write
	 * @return the number of bytes written
	 */
	long create(SpeechRequest request, Path target);

	/**
	 * Generates speech into an output stream, which is flushed but not closed.
	 * @param request the text, voice and format
	 * @param target the stream to write
	 * @return the number of bytes written
	 */
	long create(SpeechRequest request, OutputStream target);

	/** {@link #create(SpeechRequest, Path)} as a lazy {@link Mono}. */
	Mono<Long> createAsync(SpeechRequest request, Path target);

	/**
	 * Generates speech as the audio bytes arrive, in read-only buffers the subscriber owns (nothing to release); to
	 * write it to a file use {@link #createAsync(SpeechRequest, Path)}, which copies nothing.
	 * @param request the text, voice and format
	 * @return the audio, chunk by chunk
	 */
	Flux<ByteBuffer> createAsync(SpeechRequest request);

	/**
	 * Generates speech as server-sent events ({@code stream_format=sse}); not supported by {@code tts-1} and
	 * {@code tts-1-hd}.
	 * @param request the text, voice and format
	 * @return the events, read on the caller's thread; close the stream to stop early
	 */
	BlockingStream<SpeechStreamEvent> stream(SpeechRequest request);

	/**
	 * Generates speech as server-sent events ({@code stream_format=sse}).
	 * @param request the text, voice and format
	 * @return the events
	 */
	Flux<SpeechStreamEvent> streamAsync(SpeechRequest request);

}
