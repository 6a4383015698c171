package dev.integrations.openai.batches;

import java.time.Duration;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import dev.integrations.openai.common.PageParams;
import dev.integrations.openai.common.Poller;
import reactor.core.publisher.Mono;

/**
 * The Batch API ({@code /batches}): run a file of requests asynchronously at a lower price. Write the input file
 * with {@link BatchInputWriter}, upload it with purpose {@code batch}, {@link #create(CreateBatchRequest) create}
 * the batch, {@link #awaitCompletion(String, Duration) wait} for it, then read the output file with
 * {@link BatchOutputReader}.
 * <p>
 * Blocking methods run on the caller's thread; {@code Async} methods return a lazy {@link Mono} that calls on
 * subscription. Thread-safe; get it from {@link dev.integrations.openai.client.OpenAIClient#batches()}.
 */
public interface BatchService extends OpenAIService<BatchService> {

	/**
	 * Creates and starts a batch ({@code POST /batches}).
	 * @param request the batch
	 * @return the batch, usually {@code validating}
	 */
	Batch create(CreateBatchRequest request);

	/** {@link #create(CreateBatchRequest)} as a lazy {@link Mono}. */
	Mono<Batch> createAsync(CreateBatchRequest request);

	/**
	 * Retrieves a batch ({@code GET /batches/{batch_id}}).
	 * @param batchId the batch ID
	 * @return the batch
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such batch
	 */
	Batch retrieve(String batchId);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<Batch> retrieveAsync(String batchId);

	/**
	 * Lists one page of the organization's batches, newest first ({@code GET /batches}).
	 * @param params the page size (1 to 100, 20 when not set) and the ID of the batch to start after
	 * @return the page
	 */
	ListResponse<Batch> list(PageParams params);

	/** {@link #list(PageParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<Batch>> listAsync(PageParams params);

	/**
	 * Walks every batch, fetching pages as they are consumed ({@code GET /batches}).
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<Batch> listAutoPaging(PageParams params);

	/**
	 * Walks every batch with the API's default page size and order, fetching pages lazily.
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<Batch> listAutoPaging() {
		return listAutoPaging(PageParams.DEFAULTS);
	}


	/**
	 * Cancels a batch ({@code POST /batches/{batch_id}/cancel}). The batch stays {@code cancelling} for up to 10
	 * minutes, then becomes {@code cancelled} with the partial results in its output file.
	 * @param batchId the batch ID
	 * @return the batch, usually {@code cancelling}
	 */
	Batch cancel(String batchId);

	/** {@link #cancel(String)} as a lazy {@link Mono}. */
	Mono<Batch> cancelAsync(String batchId);

	/**
	 * Polls the batch every five seconds until it is {@code completed}, {@code failed},
	 * {@code expired} or {@code cancelled}.
	 * @param batchId the batch ID
	 * @param timeout how long to wait
	 * @return the batch in its terminal status
	 * @throws dev.integrations.openai.errors.OpenAITimeoutException if the timeout passes first
	 */
	default Batch awaitCompletion(String batchId, Duration timeout) {
		return awaitCompletion(batchId, Poller.of(Duration.ofSeconds(5), timeout));
	}

	/**
	 * Polls the batch until it is {@code completed}, {@code failed}, {@code expired} or {@code cancelled}.
	 * @param batchId the batch ID
	 * @param poller the polling interval, timeout, clock and sleeper
	 * @return the batch in its terminal status
	 * @throws dev.integrations.openai.errors.OpenAITimeoutException if the timeout passes first
	 */
	Batch awaitCompletion(String batchId, Poller poller);

	/** {@link #awaitCompletion(String, Duration)} as a lazy {@link Mono}. */
	default Mono<Batch> awaitCompletionAsync(String batchId, Duration timeout) {
		return awaitCompletionAsync(batchId, Poller.of(Duration.ofSeconds(5), timeout));
	}

	/** {@link #awaitCompletion(String, Poller)} as a lazy {@link Mono}. */
	Mono<Batch> awaitCompletionAsync(String batchId, Poller poller);

}
