package dev.integrations.openai.embeddings;

import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.transport.ApiRequest;
import reactor.core.publisher.Mono;

/**
 * {@link EmbeddingService} over the shared executor.
 */
final class DefaultEmbeddingService implements EmbeddingService {

	private final ApiExecutor executor;

	DefaultEmbeddingService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public EmbeddingService withOptions(RequestOptions options) {
		return new DefaultEmbeddingService(this.executor.withOptions(options));
	}

	@Override
	public EmbeddingResponse create(EmbeddingRequest request) {
		return this.executor.blocking(createRequest(request), EmbeddingResponse.class);
	}

	@Override
	public Mono<EmbeddingResponse> createAsync(EmbeddingRequest request) {
		return this.executor.mono(() -> createRequest(request), EmbeddingResponse.class);
	}

	private static ApiRequest createRequest(EmbeddingRequest request) {
		EmbeddingRequest wire = (request.encodingFormat() != null) ? request
				: request.toBuilder().encodingFormat(EncodingFormat.BASE64).build();
		return ApiRequest.post("/embeddings").operation("embeddings.create").model(wire.model()).jsonBody(wire).build();
	}

}
