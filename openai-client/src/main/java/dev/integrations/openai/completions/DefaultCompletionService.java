package dev.integrations.openai.completions;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link CompletionService} over the shared executor.
 */
final class DefaultCompletionService implements CompletionService {

	private final ApiExecutor executor;

	DefaultCompletionService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public CompletionService withOptions(RequestOptions options) {
		return new DefaultCompletionService(this.executor.withOptions(options));
	}

	@Override
	public Completion create(CompletionRequest request) {
		return this.executor.blocking(createRequest(request, false), Completion.class);
	}

	@Override
	public Mono<Completion> createAsync(CompletionRequest request) {
		return this.executor.mono(() -> createRequest(request, false), Completion.class);
	}

	@Override
	public BlockingStream<Completion> stream(CompletionRequest request) {
		return this.executor.blockingStream(createRequest(request, true), Completion.class);
	}

	@Override
	public Flux<Completion> streamAsync(CompletionRequest request) {
		return this.executor.stream(() -> createRequest(request, true), Completion.class);
	}

	private static ApiRequest createRequest(CompletionRequest request, boolean streaming) {
		Validation.required("request", request);
		return ApiRequest.post("/completions")
			.operation("completions.create")
			.model(request.model())
			.jsonBody(request.forStreaming(streaming))
			.build();
	}

}
