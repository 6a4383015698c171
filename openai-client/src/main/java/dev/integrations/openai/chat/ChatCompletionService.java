package dev.integrations.openai.chat;

import java.util.Map;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Chat Completions API ({@code /chat/completions}): create a completion, whole or streamed, and manage the
 * completions stored with {@code store: true}. Blocking methods run on the caller's thread; {@code Async} methods
 * and {@link #stream} are lazy and call on subscription. Thread-safe; get it from
 * {@link dev.integrations.openai.client.OpenAIClient#chatCompletions()}.
 *
 * <pre>{@code
 * ChatCompletion completion = client.chatCompletions().create(ChatCompletionRequest.builder()
 *     .model("gpt-4o-mini")
 *     .addUserMessage("Say hello")
 *     .build());
 * System.out.println(completion.content());
 * }</pre>
 */
public interface ChatCompletionService extends OpenAIService<ChatCompletionService> {

	/**
	 * Creates a completion ({@code POST /chat/completions}), without streaming.
	 * @param request the request
	 * @return the completion
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if {@code stream_options} is set
	 */
	ChatCompletion create(ChatCompletionRequest request);

	/** {@link #create(ChatCompletionRequest)} as a lazy {@link Mono}. */
	Mono<ChatCompletion> createAsync(ChatCompletionRequest request);

	/**
	 * Creates a completion whose answer is a Java type (Structured Outputs, {@code POST /chat/completions}): sends
	 * the request with a strict {@code json_schema} {@code response_format} generated from the type (replacing any
	 * format the request has) and reads the first choice as the type, with the type's own JSON naming.
	 * <pre>{@code
	 * record Person(String firstName, int age) { }
	 * Person person = service.create(request, Person.class).value();
	 * }</pre>
	 * To stream such an answer, stream the request with {@link ResponseFormat#jsonSchema(Class)} set, merge the
	 * chunks with {@link ChatCompletionAccumulator} and call {@link ChatCompletion#contentAs(Class)}: a typed value
	 * exists only once its JSON is complete.
	 * @param <T> the type
	 * @param request the request
	 * @param type the type of the answer, such as a record
	 * @return the value and the completion
	 * @throws dev.integrations.openai.errors.RefusalException if the model refused
	 * @throws dev.integrations.openai.errors.TruncatedOutputException if the answer stopped early
	 * @throws dev.integrations.openai.errors.OutputParseException if the answer is not JSON of the type
	 */
	default <T> StructuredCompletion<T> create(ChatCompletionRequest request, Class<T> type) {
		return StructuredCompletion.of(create(StructuredCompletion.requestFor(request, type)), type);
	}

	/** {@link #create(ChatCompletionRequest, Class)} as a lazy {@link Mono}. */
	default <T> Mono<StructuredCompletion<T>> createAsync(ChatCompletionRequest request, Class<T> type) {
		return Mono.defer(() -> createAsync(StructuredCompletion.requestFor(request, type)))
			.map((completion) -> StructuredCompletion.of(completion, type));
	}

	/**
	 * Streams a completion on the caller's thread ({@code POST /chat/completions} with {@code stream: true}).
	 * Nothing is sent until iteration starts; closing the stream early closes the connection. Merge the chunks with
	 * {@link ChatCompletionAccumulator#accumulate(Iterable)}.
	 * <pre>{@code
	 * try (BlockingStream<ChatCompletionChunk> chunks = service.stream(request)) {
	 *     for (ChatCompletionChunk chunk : chunks) { ... }
	 * }
	 * }</pre>
	 * @param request the request
	 * @return the chunks; close it
	 */
	BlockingStream<ChatCompletionChunk> stream(ChatCompletionRequest request);

	/**
	 * Streams a completion ({@code POST /chat/completions} with {@code stream: true}). The call is retried only
	 * until the first chunk reaches the subscriber; cancelling closes the connection. Merge the chunks with
	 * {@link ChatCompletionAccumulator#accumulate(Flux)}.
	 * @param request the request
	 * @return the chunks, completing after {@code [DONE]}; an API error event ends it with an
	 * {@link dev.integrations.openai.errors.OpenAIStreamException}
	 */
	Flux<ChatCompletionChunk> streamAsync(ChatCompletionRequest request);

	/**
	 * Streams only the text of a completion on the caller's thread: the non-empty
	 * {@link ChatCompletionChunk#text() content deltas} of the first choice, as {@link #stream} delivers them.
	 * @param request the request
	 * @return the pieces of text, in order; close it
	 */
	default BlockingStream<String> streamText(ChatCompletionRequest request) {
		return BlockingStream.of(streamTextAsync(request));
	}

	/**
	 * Streams only the text of a completion, as {@link #streamText} does on the caller's thread.
	 * @param request the request
	 * @return the pieces of text, in order
	 */
	default Flux<String> streamTextAsync(ChatCompletionRequest request) {
		return streamAsync(request).map(ChatCompletionChunk::text).filter((text) -> !text.isEmpty());
	}

	/**
	 * Lists one page of stored completions ({@code GET /chat/completions}).
	 * @param params filters and paging
	 * @return the page
	 */
	ListResponse<ChatCompletion> list(ChatCompletionListParams params);

	/** {@link #list(ChatCompletionListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<ChatCompletion>> listAsync(ChatCompletionListParams params);

	/**
	 * Walks every page of stored completions ({@code GET /chat/completions}), fetching pages lazily.
	 * @param params filters and paging; {@code after} is where the walk starts
	 * @return the pager
	 */
	CursorPager<ChatCompletion> listAutoPaging(ChatCompletionListParams params);

	/**
	 * Walks every stored completion with the API's default page size and order, fetching pages lazily.
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<ChatCompletion> listAutoPaging() {
		return listAutoPaging(ChatCompletionListParams.DEFAULTS);
	}


	/**
	 * Retrieves a stored completion ({@code GET /chat/completions/{completion_id}}).
	 * @param completionId the completion ID
	 * @return the completion
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such stored completion
	 */
	ChatCompletion retrieve(String completionId);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<ChatCompletion> retrieveAsync(String completionId);

	/**
	 * Replaces the metadata of a stored completion ({@code POST /chat/completions/{completion_id}}).
	 * @param completionId the completion ID
	 * @param metadata up to 16 pairs; keys up to 64 and values up to 512 characters
	 * @return the updated completion
	 */
	ChatCompletion update(String completionId, Map<String, String> metadata);

	/** {@link #update(String, Map)} as a lazy {@link Mono}. */
	Mono<ChatCompletion> updateAsync(String completionId, Map<String, String> metadata);

	/**
	 * Deletes a stored completion ({@code DELETE /chat/completions/{completion_id}}).
	 * @param completionId the completion ID
	 * @return the deletion status
	 */
	DeletionStatus delete(String completionId);

	/** {@link #delete(String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String completionId);

	/**
	 * Lists one page of the messages of a stored completion
	 * ({@code GET /chat/completions/{completion_id}/messages}).
	 * @param completionId the completion ID
	 * @param params paging
	 * @return the page
	 */
	ListResponse<StoredChatMessage> listMessages(String completionId, ChatMessageListParams params);

	/** {@link #listMessages(String, ChatMessageListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<StoredChatMessage>> listMessagesAsync(String completionId, ChatMessageListParams params);

	/**
	 * Walks every page of the messages of a stored completion
	 * ({@code GET /chat/completions/{completion_id}/messages}), fetching pages lazily.
	 * @param completionId the completion ID
	 * @param params paging; {@code after} is where the walk starts
	 * @return the pager
	 */
	CursorPager<StoredChatMessage> listMessagesAutoPaging(String completionId, ChatMessageListParams params);

	/**
	 * Walks every message of a stored completion with the API's default page size and order, fetching pages lazily.
	 * @param completionId the completion ID
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<StoredChatMessage> listMessagesAutoPaging(String completionId) {
		return listMessagesAutoPaging(completionId, ChatMessageListParams.DEFAULTS);
	}


}
