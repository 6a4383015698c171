package dev.integrations.openai.responses;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /responses/compact}: a conversation (input items, or an earlier response) to compact into
 * a shorter list of items that keeps its context.
 *
 * @param model the model that compacts, such as {@code gpt-5.1-codex-max}
 * @param input the conversation to compact: text or items
 * @param previousResponseId the response whose conversation to compact, instead of or before {@code input}
 * @param instructions a system (developer) message placed first in the model's context
 * @param promptCacheKey a key to improve prompt cache hits of similar requests, at most 64 characters
 * @param promptCacheRetention deprecated: {@code in_memory} or {@code 24h}
 * @param promptCacheOptions the prompt cache options
 * @param serviceTier the processing tier: {@code auto}, {@code default}, {@code flex}, {@code priority}, ...
 */
public record CompactRequest(String model, @Nullable ResponseInput input, @Nullable String previousResponseId,
		@Nullable String instructions, @Nullable String promptCacheKey, @Nullable String promptCacheRetention,
		ResponseRequest.@Nullable PromptCacheOptions promptCacheOptions, @Nullable String serviceTier) {

	/**
	 * Checks the model and the cache key.
	 */
	public CompactRequest {
		Validation.notBlank("model", model);
		if (promptCacheKey != null && promptCacheKey.length() > 64) {
			throw new OpenAIValidationException("prompt_cache_key",
					"prompt_cache_key must be at most 64 characters, had " + promptCacheKey.length());
		}
	}

	/**
	 * Compacts input items.
	 * @param model the model
	 * @param input the conversation to compact
	 * @return the request
	 */
	public static CompactRequest of(String model, ResponseInput input) {
		return new CompactRequest(model, Validation.required("input", input), null, null, null, null, null, null);
	}

	/**
	 * Compacts the conversation that led to a stored response.
	 * @param model the model
	 * @param previousResponseId the response ID
	 * @return the request
	 */
	public static CompactRequest ofResponse(String model, String previousResponseId) {
		return new CompactRequest(model, null, Validation.notBlank("previous_response_id", previousResponseId), null,
				null, null, null, null);
	}

}
