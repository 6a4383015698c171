package dev.integrations.openai.moderations;

import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.transport.ApiRequest;
import reactor.core.publisher.Mono;

/**
 * {@link ModerationService} over the shared executor.
 */
final class DefaultModerationService implements ModerationService {

	private final ApiExecutor executor;

	DefaultModerationService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public ModerationService withOptions(RequestOptions options) {
		return new DefaultModerationService(this.executor.withOptions(options));
	}

	@Override
	public ModerationResponse create(ModerationRequest request) {
		return this.executor.blocking(createRequest(request), ModerationResponse.class);
	}

	@Override
	public Mono<ModerationResponse> createAsync(ModerationRequest request) {
		return this.executor.mono(() -> createRequest(request), ModerationResponse.class);
	}

	private static ApiRequest createRequest(ModerationRequest request) {
		return ApiRequest.post("/moderations")
			.operation("moderations.create")
			.model(request.model())
			.jsonBody(request)
			.build();
	}

}
