package dev.integrations.openai.models;

import java.util.List;

import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * The Models API ({@code /models}). Blocking methods run on the caller's thread; {@code Async} methods return a
 * lazy {@link Mono} that calls on subscription. Thread-safe; get it from
 * {@link dev.integrations.openai.client.OpenAIClient#models()}.
 */
public interface ModelService extends OpenAIService<ModelService> {

	/**
	 * Lists the models available to the key ({@code GET /models}).
	 * @return the models
	 */
	List<Model> list();

	/** {@link #list()} as a lazy {@link Mono}. */
	Mono<List<Model>> listAsync();

	/**
	 * Retrieves a model ({@code GET /models/{model}}).
	 * @param model the model ID
	 * @return the model
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such model
	 */
	Model retrieve(String model);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<Model> retrieveAsync(String model);

	/**
	 * Deletes a fine-tuned model you own ({@code DELETE /models/{model}}).
	 * @param model the model ID
	 * @return the deletion status
	 */
	DeletionStatus delete(String model);

	/** {@link #delete(String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String model);

}
