package dev.integrations.openai.finetuning;

import java.util.Locale;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.PageParams;
import dev.integrations.openai.common.Poller;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/**
 * {@link FineTuningJobService} over the shared executor.
 */
final class DefaultFineTuningJobService implements FineTuningJobService {

	private static final ParameterizedTypeReference<ListResponse<FineTuningJob>> JOB_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ListResponse<FineTuningJobEvent>> EVENT_LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ListResponse<FineTuningJobCheckpoint>> CHECKPOINT_LIST = new ParameterizedTypeReference<>() {
	};

	private static final String JOB = "/fine_tuning/jobs/{fine_tuning_job_id}";

	private final ApiExecutor executor;

	DefaultFineTuningJobService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public FineTuningJobService withOptions(RequestOptions options) {
		return new DefaultFineTuningJobService(this.executor.withOptions(options));
	}

	@Override
	public FineTuningJob create(CreateFineTuningJobRequest request) {
		return this.executor.blocking(createRequest(request), FineTuningJob.class);
	}

	@Override
	public Mono<FineTuningJob> createAsync(CreateFineTuningJobRequest request) {
		return this.executor.mono(() -> createRequest(request), FineTuningJob.class);
	}

	@Override
	public ListResponse<FineTuningJob> list(FineTuningJobListParams params) {
		return this.executor.blocking(listRequest(params), JOB_LIST);
	}

	@Override
	public Mono<ListResponse<FineTuningJob>> listAsync(FineTuningJobListParams params) {
		return this.executor.mono(() -> listRequest(params), JOB_LIST);
	}

	@Override
	public CursorPager<FineTuningJob> listAutoPaging(FineTuningJobListParams params) {
		return CursorPager.of(params, this::listAsync, FineTuningJob::id);
	}

	@Override
	public FineTuningJob retrieve(String jobId) {
		return this.executor.blocking(jobRequest(ApiRequest.get(JOB, jobId), "retrieve"), FineTuningJob.class);
	}

	@Override
	public Mono<FineTuningJob> retrieveAsync(String jobId) {
		return this.executor.mono(() -> jobRequest(ApiRequest.get(JOB, jobId), "retrieve"), FineTuningJob.class);
	}

	@Override
	public FineTuningJob cancel(String jobId) {
		return this.executor.blocking(action(jobId, "cancel"), FineTuningJob.class);
	}

	@Override
	public Mono<FineTuningJob> cancelAsync(String jobId) {
		return this.executor.mono(() -> action(jobId, "cancel"), FineTuningJob.class);
	}

	@Override
	public FineTuningJob pause(String jobId) {
		return this.executor.blocking(action(jobId, "pause"), FineTuningJob.class);
	}

	@Override
	public Mono<FineTuningJob> pauseAsync(String jobId) {
		return this.executor.mono(() -> action(jobId, "pause"), FineTuningJob.class);
	}

	@Override
	public FineTuningJob resume(String jobId) {
		return this.executor.blocking(action(jobId, "resume"), FineTuningJob.class);
	}

	@Override
	public Mono<FineTuningJob> resumeAsync(String jobId) {
		return this.executor.mono(() -> action(jobId, "resume"), FineTuningJob.class);
	}

	@Override
	public ListResponse<FineTuningJobEvent> listEvents(String jobId, PageParams params) {
		return this.executor.blocking(pageRequest(jobId, "events", params), EVENT_LIST);
	}

	@Override
	public Mono<ListResponse<FineTuningJobEvent>> listEventsAsync(String jobId, PageParams params) {
		return this.executor.mono(() -> pageRequest(jobId, "events", params), EVENT_LIST);
	}

	@Override
	public CursorPager<FineTuningJobEvent> listEventsAutoPaging(String jobId, PageParams params) {
		return CursorPager.of(params, (page) -> listEventsAsync(jobId, page), FineTuningJobEvent::id);
	}

	@Override
	public ListResponse<FineTuningJobCheckpoint> listCheckpoints(String jobId, PageParams params) {
		return this.executor.blocking(pageRequest(jobId, "checkpoints", params), CHECKPOINT_LIST);
	}

	@Override
	public Mono<ListResponse<FineTuningJobCheckpoint>> listCheckpointsAsync(String jobId, PageParams params) {
		return this.executor.mono(() -> pageRequest(jobId, "checkpoints", params), CHECKPOINT_LIST);
	}

	@Override
	public CursorPager<FineTuningJobCheckpoint> listCheckpointsAutoPaging(String jobId, PageParams params) {
		return CursorPager.of(params, (page) -> listCheckpointsAsync(jobId, page), FineTuningJobCheckpoint::id);
	}

	@Override
	public FineTuningJob awaitCompletion(String jobId, Poller poller) {
		Validation.notBlank("fine_tuning_job_id", jobId);
		return poller.pollBlocking(() -> retrieveAsync(jobId), FineTuningJob::isTerminal,
				DefaultFineTuningJobService::describe);
	}

	@Override
	public Mono<FineTuningJob> awaitCompletionAsync(String jobId, Poller poller) {
		return Mono.defer(() -> {
			Validation.notBlank("fine_tuning_job_id", jobId);
			return poller.poll(() -> retrieveAsync(jobId), FineTuningJob::isTerminal,
					DefaultFineTuningJobService::describe);
		});
	}

	private static String describe(FineTuningJob job) {
		return "fine-tuning job " + job.id() + " is still " + job.status().name().toLowerCase(Locale.ROOT);
	}

	private static ApiRequest createRequest(CreateFineTuningJobRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/fine_tuning/jobs")
			.operation("fine_tuning.jobs.create")
			.model(request.model())
			.jsonBody(request)
			.build();
	}

	private static ApiRequest listRequest(FineTuningJobListParams params) {
		Validation.required("params", params);
		ApiRequest.Builder builder = ApiRequest.get("/fine_tuning/jobs")
			.operation("fine_tuning.jobs.list")
			.query("after", params.after())
			.query("limit", params.limit());
		if (params.metadata() != null) {
			params.metadata().forEach((key, value) -> builder.query("metadata[" + key + "]", value));
		}
		return builder.build();
	}

	private static ApiRequest action(String jobId, String verb) {
		return jobRequest(ApiRequest.post(JOB + "/" + verb, jobId), verb);
	}

	private static ApiRequest jobRequest(ApiRequest.Builder builder, String verb) {
		return builder.operation("fine_tuning.jobs." + verb).build();
	}

	private static ApiRequest pageRequest(String jobId, String resource, PageParams params) {
		Validation.required("params", params);
		return params.applyTo(ApiRequest.get(JOB + "/" + resource, jobId))
			.operation("fine_tuning.jobs." + resource + ".list")
			.build();
	}

}
