package dev.integrations.openai.finetuning;

import java.time.Duration;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import dev.integrations.openai.common.PageParams;
import dev.integrations.openai.common.Poller;
import reactor.core.publisher.Mono;

/**
 * Fine-tuning jobs ({@code /fine_tuning/jobs}): create a job from an uploaded training file,
 * {@link #awaitCompletion(String, Duration) wait} for it, follow its events and checkpoints, and pause, resume or
 * cancel it. Blocking methods run on the caller's thread; {@code Async} methods return a lazy {@link Mono} that
 * calls on subscription.
 */
public interface FineTuningJobService extends OpenAIService<FineTuningJobService> {

	/**
	 * Creates a job ({@code POST /fine_tuning/jobs}).
	 * @param request the job
	 * @return the job, usually {@code validating_files} or {@code queued}
	 */
	FineTuningJob create(CreateFineTuningJobRequest request);

	/** {@link #create(CreateFineTuningJobRequest)} as a lazy {@link Mono}. */
	Mono<FineTuningJob> createAsync(CreateFineTuningJobRequest request);

	/**
	 * Lists one page of the organization's jobs ({@code GET /fine_tuning/jobs}).
	 * @param params the cursor, page size and metadata filter
	 * @return the page
	 */
	ListResponse<FineTuningJob> list(FineTuningJobListParams params);

	/** {@link #list(FineTuningJobListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<FineTuningJob>> listAsync(FineTuningJobListParams params);

	/**
	 * Walks every job, fetching pages as they are consumed ({@code GET /fine_tuning/jobs}).
	 * @param params the first cursor, page size and metadata filter
	 * @return the pager
	 */
	CursorPager<FineTuningJob> listAutoPaging(FineTuningJobListParams params);

	/**
	 * Walks every fine-tuning job with the API's default page size and order, fetching pages lazily.
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<FineTuningJob> listAutoPaging() {
		return listAutoPaging(FineTuningJobListParams.DEFAULTS);
	}


	/**
	 * Retrieves a job ({@code GET /fine_tuning/jobs/{fine_tuning_job_id}}).
	 * @param jobId the job ID
	 * @return the job
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such job
	 */
	FineTuningJob retrieve(String jobId);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<FineTuningJob> retrieveAsync(String jobId);

	/**
	 * Cancels a job ({@code POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel}).
	 * @param jobId the job ID
	 * @return the job
	 */
	FineTuningJob cancel(String jobId);

	/** {@link #cancel(String)} as a lazy {@link Mono}. */
	Mono<FineTuningJob> cancelAsync(String jobId);

	/**
	 * Pauses a running job ({@code POST /fine_tuning/jobs/{fine_tuning_job_id}/pause}).
	 * @param jobId the job ID
	 * @return the job, {@code paused}
	 */
	FineTuningJob pause(String jobId);

	/** {@link #pause(String)} as a lazy {@link Mono}. */
	Mono<FineTuningJob> pauseAsync(String jobId);

	/**
	 * Resumes a paused job ({@code POST /fine_tuning/jobs/{fine_tuning_job_id}/resume}).
	 * @param jobId the job ID
	 * @return the job
	 */
	FineTuningJob resume(String jobId);

	/** {@link #resume(String)} as a lazy {@link Mono}. */
	Mono<FineTuningJob> resumeAsync(String jobId);

	/**
	 * Lists one page of a job's events, newest first ({@code GET /fine_tuning/jobs/{fine_tuning_job_id}/events}).
	 * @param jobId the job ID
	 * @param params the page size (20 when not set) and the ID of the event to start after
	 * @return the page
	 */
	ListResponse<FineTuningJobEvent> listEvents(String jobId, PageParams params);

	/** {@link #listEvents(String, PageParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<FineTuningJobEvent>> listEventsAsync(String jobId, PageParams params);

	/**
	 * Walks every event of a job, fetching pages as they are consumed.
	 * @param jobId the job ID
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<FineTuningJobEvent> listEventsAutoPaging(String jobId, PageParams params);

	/**
	 * Walks every event of a job with the API's default page size and order, fetching pages lazily.
	 * @param jobId the job ID
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<FineTuningJobEvent> listEventsAutoPaging(String jobId) {
		return listEventsAutoPaging(jobId, PageParams.DEFAULTS);
	}


	/**
	 * Lists one page of a job's checkpoints
	 * ({@code GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints}).
	 * @param jobId the job ID
	 * @param params the page size (10 when not set) and the ID of the checkpoint to start after
	 * @return the page
	 */
	ListResponse<FineTuningJobCheckpoint> listCheckpoints(String jobId, PageParams params);

	/** {@link #listCheckpoints(String, PageParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<FineTuningJobCheckpoint>> listCheckpointsAsync(String jobId, PageParams params);

	/**
	 * Walks every checkpoint of a job, fetching pages as they are consumed.
	 * @param jobId the job ID
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<FineTuningJobCheckpoint> listCheckpointsAutoPaging(String jobId, PageParams params);

	/**
	 * Walks every checkpoint of a job with the API's default page size and order, fetching pages lazily.
	 * @param jobId the job ID
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<FineTuningJobCheckpoint> listCheckpointsAutoPaging(String jobId) {
		return listCheckpointsAutoPaging(jobId, PageParams.DEFAULTS);
	}


	/**
	 * Polls the job every five seconds until it is {@code succeeded}, {@code failed} or
	 * {@code cancelled}.
	 * @param jobId the job ID
	 * @param timeout how long to wait
	 * @return the job in its terminal status
	 * @throws dev.integrations.openai.errors.OpenAITimeoutException if the timeout passes first
	 */
	default FineTuningJob awaitCompletion(String jobId, Duration timeout) {
		return awaitCompletion(jobId, Poller.of(Duration.ofSeconds(5), timeout));
	}

	/**
	 * Polls the job until it is {@code succeeded}, {@code failed} or {@code cancelled}.
	 * @param jobId the job ID
	 * @param poller the polling interval, timeout, clock and sleeper
	 * @return the job in its terminal status
	 * @throws dev.integrations.openai.errors.OpenAITimeoutException if the timeout passes first
	 */
	FineTuningJob awaitCompletion(String jobId, Poller poller);

	/** {@link #awaitCompletion(String, Duration)} as a lazy {@link Mono}. */
	default Mono<FineTuningJob> awaitCompletionAsync(String jobId, Duration timeout) {
		return awaitCompletionAsync(jobId, Poller.of(Duration.ofSeconds(5), timeout));
	}

	/** {@link #awaitCompletion(String, Poller)} as a lazy {@link Mono}. */
	Mono<FineTuningJob> awaitCompletionAsync(String jobId, Poller poller);

}
