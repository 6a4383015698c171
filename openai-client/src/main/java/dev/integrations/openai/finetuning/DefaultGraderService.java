package dev.integrations.openai.finetuning;

import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import reactor.core.publisher.Mono;

/**
 * {@link GraderService} over the shared executor.
 */
final class DefaultGraderService implements GraderService {

	private final ApiExecutor executor;

	DefaultGraderService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public GraderService withOptions(RequestOptions options) {
		return new DefaultGraderService(this.executor.withOptions(options));
	}

	@Override
	public RunGraderResponse run(RunGraderRequest request) {
		return this.executor.blocking(runRequest(request), RunGraderResponse.class);
	}

	@Override
	public Mono<RunGraderResponse> runAsync(RunGraderRequest request) {
		return this.executor.mono(() -> runRequest(request), RunGraderResponse.class);
	}

	@Override
	public ValidateGraderResponse validate(Grader grader) {
		return this.executor.blocking(validateRequest(grader), ValidateGraderResponse.class);
	}

	@Override
	public Mono<ValidateGraderResponse> validateAsync(Grader grader) {
		return this.executor.mono(() -> validateRequest(grader), ValidateGraderResponse.class);
	}

	private static ApiRequest runRequest(RunGraderRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/fine_tuning/alpha/graders/run")
			.operation("fine_tuning.alpha.graders.run")
			.jsonBody(request)
			.build();
	}

	private static ApiRequest validateRequest(Grader grader) {
		return ApiRequest.post("/fine_tuning/alpha/graders/validate")
			.operation("fine_tuning.alpha.graders.validate")
			.jsonBody(new ValidateGraderBody(grader))
			.build();
	}

}
