package dev.integrations.openai.completions;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The legacy Completions API ({@code /completions}): completes a prompt, whole or streamed. New work should use the
 * Chat Completions or Responses API. Blocking methods run on the caller's thread; {@code Async} methods and
 * {@link #stream} are lazy and call on subscription. Thread-safe; get it from
 * {@link dev.integrations.openai.client.OpenAIClient#completions()}.
 *
 * <pre>{@code
 * Completion completion = client.completions().create(CompletionRequest.builder()
 *     .model("gpt-3.5-turbo-instruct")
 *     .prompt("Say this is a test")
 *     .build());
 * System.out.println(completion.text());
 * }</pre>
 */
public interface CompletionService extends OpenAIService<CompletionService> {

	/**
	 * Creates a completion ({@code POST /completions}), without streaming.
	 * @param request the request
	 * @return the completion
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if {@code stream_options} is set
	 */
	Completion create(CompletionRequest request);

	/** {@link #create(CompletionRequest)} as a lazy {@link Mono}. */
	Mono<Completion> createAsync(CompletionRequest request);

	/**
	 * Streams a completion on the caller's thread ({@code POST /completions} with {@code stream: true}): each
	 * element is a {@link Completion} holding the next piece of text.
	 * @param request the request
	 * @return the chunks up to {@code [DONE]}; close it to stop early
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if {@code best_of} is above 1
	 */
	BlockingStream<Completion> stream(CompletionRequest request);

	/**
	 * Streams a completion ({@code POST /completions} with {@code stream: true}). The call is retried only until
	 * the first chunk reaches the subscriber; cancelling closes the connection.
	 * @param request the request
	 * @return the chunks, completing after {@code [DONE]}; an API error event ends it with an
	 * {@link dev.integrations.openai.errors.OpenAIStreamException}
	 */
	Flux<Completion> streamAsync(CompletionRequest request);

	/**
	 * Streams only the text of a completion on the caller's thread: the non-empty {@link Completion#text() pieces}
	 * of the first choice, as {@link #stream} delivers them.
	 * @param request the request
	 * @return the pieces of text, in order; close it
	 */
	default BlockingStream<String> streamText(CompletionRequest request) {
		return BlockingStream.of(streamTextAsync(request));
	}

	/**
	 * Streams only the text of a completion, as {@link #streamText} does on the caller's thread.
	 * @param request the request
	 * @return the pieces of text, in order
	 */
	default Flux<String> streamTextAsync(CompletionRequest request) {
		return streamAsync(request).map(Completion::text).filter((text) -> !text.isEmpty());
	}

}
