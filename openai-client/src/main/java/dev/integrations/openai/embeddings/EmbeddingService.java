package dev.integrations.openai.embeddings;

import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * The Embeddings API ({@code POST /embeddings}). Blocking methods run on the caller's thread; {@code Async} methods
 * return a lazy {@link Mono} that calls on subscription. Thread-safe; get it from
 * {@link dev.integrations.openai.client.OpenAIClient#embeddings()}.
 *
 * <pre>{@code
 * float[] vector = client.embeddings()
 *     .create(EmbeddingRequest.of("text-embedding-3-small", "The food was delicious"))
 *     .data().get(0).vector();
 * }</pre>
 *
 * When the request leaves {@code encoding_format} unset, the service asks for base64 (a quarter of the payload of
 * JSON numbers, as the official SDKs do) and decodes it; {@link Embedding#vector()} is the same either way.
 */
public interface EmbeddingService extends OpenAIService<EmbeddingService> {

	/**
	 * Creates embeddings ({@code POST /embeddings}).
	 * @param request the request
	 * @return the embeddings, one per input
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the request breaks a constraint
	 * @throws dev.integrations.openai.errors.BadRequestException if the API refuses the request
	 */
	EmbeddingResponse create(EmbeddingRequest request);

	/** {@link #create(EmbeddingRequest)} as a lazy {@link Mono}. */
	Mono<EmbeddingResponse> createAsync(EmbeddingRequest request);

}
