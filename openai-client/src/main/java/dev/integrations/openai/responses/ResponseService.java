package dev.integrations.openai.responses;

import java.util.List;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import dev.integrations.openai.common.Poller;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Responses API ({@code /responses}). Blocking methods run on the caller's thread; {@code Async} methods return
 * a lazy {@link Mono} or {@link Flux} that calls on subscription (and signals validation errors instead of throwing
 * them). Thread-safe; get it from {@link dev.integrations.openai.client.OpenAIClient#responses()}.
 *
 * <pre>{@code
 * Response response = client.responses().create(ResponseRequest.builder()
 *     .model("gpt-5")
 *     .input("Tell me a three sentence bedtime story about a unicorn.")
 *     .build());
 * System.out.println(response.outputText());
 * }</pre>
 */
public interface ResponseService extends OpenAIService<ResponseService> {

	/**
	 * The same operations on the beta routes: every request carries {@code ?beta=true} ({@code POST
	 * /responses?beta=true}, {@code GET /responses/{id}?beta=true}, ...), and with features the
	 * {@code OpenAI-Beta} header. The beta schemas are the same as the others plus beta fields, such as
	 * {@link ResponseRequest#multiAgent()}, which only this view sends. Items and events only beta features
	 * produce are read as their union's unknown member.
	 * <pre>{@code
	 * client.responses().beta("responses_multi_agent=v1").create(ResponseRequest.builder()
	 *     .model("gpt-5").input("Research three suppliers").multiAgent(new MultiAgent(true, 3)).build());
	 * }</pre>
	 * @param features the beta features to enable, such as {@code responses_multi_agent=v1}; none for the routes
	 * alone
	 * @return the view
	 */
	ResponseService beta(String... features);

	/**
	 * Creates a response ({@code POST /responses}).
	 * @param request the request
	 * @return the response; with {@code background=true} usually still {@code queued}
	 */
	Response create(ResponseRequest request);

	/**
	 * Creates a response whose answer is a Java type (Structured Outputs, {@code POST /responses}): sends the request
	 * with a strict {@code json_schema} {@code text.format} generated from the type (replacing any format the request
	 * has) and reads the output text as the type, with the type's own JSON naming. To stream such an answer, stream
	 * the request and read the final response with {@link Response#outputAs(Class)}: a typed value exists only once
	 * its JSON is complete.
	 * @param <T> the type
	 * @param request the request; not a background one
	 * @param type the type of the answer, such as a record
	 * @return the value and the response
	 * @throws dev.integrations.openai.errors.RefusalException if the model refused
	 * @throws dev.integrations.openai.errors.TruncatedOutputException if the response is {@code incomplete}
	 * @throws dev.integrations.openai.errors.OutputParseException if the answer is not JSON of the type
	 */
	default <T> StructuredResponse<T> create(ResponseRequest request, Class<T> type) {
		return StructuredResponse.of(create(StructuredResponse.requestFor(request, type)), type);
	}

	/** {@link #create(ResponseRequest, Class)} as a lazy {@link Mono}. */
	default <T> Mono<StructuredResponse<T>> createAsync(ResponseRequest request, Class<T> type) {
		return Mono.defer(() -> createAsync(StructuredResponse.requestFor(request, type)))
			.map((response) -> StructuredResponse.of(response, type));
	}

	/** {@link #create(ResponseRequest)} as a lazy {@link Mono}. */
	Mono<Response> createAsync(ResponseRequest request);

	/**
	 * Creates a response and streams its events ({@code POST /responses} with {@code stream=true}).
	 * @param request the request; {@code stream} is set by this method
	 * @return the events, ending with {@link ResponseLifecycleEvent.Completed} (or {@code Failed} /
	 * {@code Incomplete}); close it to stop early
	 */
	BlockingStream<ResponseStreamEvent> stream(ResponseRequest request);

	/**
	 * Creates a response and streams its events ({@code POST /responses} with {@code stream=true}).
	 * @param request the request; {@code stream} is set by this method
	 * @return the events, ending with {@link ResponseLifecycleEvent.Completed} (or {@code Failed} /
	 * {@code Incomplete}); an {@code error} event ends it with an
	 * {@link dev.integrations.openai.errors.OpenAIStreamException}
	 */
	Flux<ResponseStreamEvent> streamAsync(ResponseRequest request);

	/**
	 * Streams only the output text of a response on the caller's thread: the non-empty
	 * {@link ResponseStreamEvent#text() text deltas}, as {@link #stream} delivers them.
	 * @param request the request
	 * @return the pieces of text, in order; close it
	 */
	default BlockingStream<String> streamText(ResponseRequest request) {
		return BlockingStream.of(streamTextAsync(request));
	}

	/**
	 * Streams only the output text of a response: the non-empty {@link ResponseStreamEvent#text() text deltas}.
	 * @param request the request
	 * @return the pieces of text, in order
	 */
	default Flux<String> streamTextAsync(ResponseRequest request) {
		return streamAsync(request).map(ResponseStreamEvent::text).filter((text) -> !text.isEmpty());
	}

	/**
	 * Retrieves a response ({@code GET /responses/{response_id}}).
	 * @param responseId the response ID
	 * @return the response
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such (stored) response
	 */
	Response retrieve(String responseId);

	/**
	 * Retrieves a response with extra output data ({@code GET /responses/{response_id}?include[]=...}).
	 * @param responseId the response ID
	 * @param include the extra data, see {@link ResponseInclude}
	 * @return the response
	 */
	Response retrieve(String responseId, List<String> include);

	/** {@link #retrieve(String, List)} as a lazy {@link Mono}. */
	Mono<Response> retrieveAsync(String responseId, List<String> include);

	/**
	 * Streams the events of a background response created with {@code stream=true}, from the start or after an
	 * event already seen ({@code GET /responses/{response_id}?stream=true&starting_after=N}).
	 * @param responseId the response ID
	 * @param startingAfter the sequence number of the last event seen, or {@code null} for all events
	 * @return the events; close it to stop early
	 */
	BlockingStream<ResponseStreamEvent> resumeStream(String responseId, @Nullable Long startingAfter);

	/**
	 * Streams the events of a background response created with {@code stream=true}
	 * ({@code GET /responses/{response_id}?stream=true&starting_after=N}).
	 * @param responseId the response ID
	 * @param startingAfter the sequence number of the last event seen, or {@code null} for all events
	 * @return the events
	 */
	Flux<ResponseStreamEvent> resumeStreamAsync(String responseId, @Nullable Long startingAfter);

	/**
	 * Deletes a stored response ({@code DELETE /responses/{response_id}}).
	 * @param responseId the response ID
	 * @return the deletion status
	 */
	DeletionStatus delete(String responseId);

	/** {@link #delete(String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String responseId);

	/**
	 * Cancels a background response ({@code POST /responses/{response_id}/cancel}).
	 * @param responseId the response ID
	 * @return the response, {@code cancelled}
	 */
	Response cancel(String responseId);

	/** {@link #cancel(String)} as a lazy {@link Mono}. */
	Mono<Response> cancelAsync(String responseId);

	/**
	 * Lists one page of the items a response was given as input
	 * ({@code GET /responses/{response_id}/input_items}).
	 * @param responseId the response ID
	 * @param params cursor, page size, order and extra data
	 * @return the page
	 */
	ListResponse<ResponseItem> listInputItems(String responseId, InputItemListParams params);

	/** {@link #listInputItems(String, InputItemListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<ResponseItem>> listInputItemsAsync(String responseId, InputItemListParams params);

	/**
	 * Walks every input item of a response, fetching pages as they are used.
	 * @param responseId the response ID
	 * @param params page size, order, extra data and the cursor to start after
	 * @return the pager
	 */
	CursorPager<ResponseItem> listInputItemsAutoPaging(String responseId, InputItemListParams params);

	/**
	 * Walks every input item of a response with the API's default page size and order, fetching pages lazily.
	 * @param responseId the response ID
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<ResponseItem> listInputItemsAutoPaging(String responseId) {
		return listInputItemsAutoPaging(responseId, InputItemListParams.DEFAULTS);
	}


	/**
	 * Counts the input tokens of a request without creating a response ({@code POST /responses/input_tokens}).
	 * @param request the input, see {@link InputTokensRequest#from(ResponseRequest)}
	 * @return the count
	 */
	InputTokenCount countInputTokens(InputTokensRequest request);

	/** {@link #countInputTokens(InputTokensRequest)} as a lazy {@link Mono}. */
	Mono<InputTokenCount> countInputTokensAsync(InputTokensRequest request);

	/**
	 * Polls a background response until it is completed, failed, cancelled or incomplete.
	 * @param responseId the response ID
	 * @param poller interval, timeout, clock and sleeper
	 * @return the response in a terminal status
	 * @throws dev.integrations.openai.errors.OpenAITimeoutException if it does not finish in time
	 */
	Response awaitCompletion(String responseId, Poller poller);

	/** {@link #awaitCompletion(String, Poller)} as a lazy {@link Mono}. */
	Mono<Response> awaitCompletionAsync(String responseId, Poller poller);

	/**
	 * Creates a response in the background ({@code background=true}) and polls it until it finishes: for long
	 * tasks (deep research, high reasoning effort) that outlast an HTTP request.
	 * @param request the request; {@code background} is set by this method
	 * @param poller interval, timeout, clock and sleeper
	 * @return the response in a terminal status
	 */
	Response createAndAwait(ResponseRequest request, Poller poller);

	/** {@link #createAndAwait(ResponseRequest, Poller)} as a lazy {@link Mono}. */
	Mono<Response> createAndAwaitAsync(ResponseRequest request, Poller poller);

	/**
	 * Compacts a conversation into fewer items that keep its context ({@code POST /responses/compact}); send the
	 * result's {@code output} as the input of the next response.
	 * @param request the conversation to compact
	 * @return the compacted items
	 */
	CompactedResponse compact(CompactRequest request);

	/** {@link #compact(CompactRequest)} as a lazy {@link Mono}. */
	Mono<CompactedResponse> compactAsync(CompactRequest request);

}
