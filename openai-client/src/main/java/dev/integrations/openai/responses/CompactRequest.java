package dev.integrations.openai.responses;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /responses/compact}: a conversation (input items, or an earlier response) to compact into
 * a shorter list of items that keeps its context. {@link #of} and {@link #ofResponse} build the two common forms,
 * {@link #builder()} any other.
 *
 * @param model the model that compacts, such as {@code gpt-5.1-codex-max}
 * @param input the conversation to compact: text or items
 * @param previousResponseId the response whose conversation to compact, instead of or before {@code input}
 * @param instructions a system (developer) message placed first in the model's context
 * @param promptCacheKey a key to improve prompt cache hits of similar requests, at most 64 characters
 * @param promptCacheRetention deprecated: {@code in_memory} or {@code 24h}
 * @param promptCacheOptions the prompt cache options
 * @param serviceTier the processing tier: {@code auto}, {@code default}, {@code flex}, {@code priority}, ...
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record CompactRequest(String model, @Nullable ResponseInput input, @Nullable String previousResponseId,
		@Nullable String instructions, @Nullable String promptCacheKey, @Nullable String promptCacheRetention,
		ResponseRequest.@Nullable PromptCacheOptions promptCacheOptions, @Nullable String serviceTier,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks the model and the cache key.
	 */
	public CompactRequest {
		extra = Extras.copy(extra);
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
		return builder().model(model).input(Validation.required("input", input)).build();
	}

	/**
	 * Compacts the conversation that led to a stored response.
	 * @param model the model
	 * @param previousResponseId the response ID
	 * @return the request
	 */
	public static CompactRequest ofResponse(String model, String previousResponseId) {
		return builder().model(model)
			.previousResponseId(Validation.notBlank("previous_response_id", previousResponseId))
			.build();
	}

	/**
	 * Starts a request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * A builder initialized with this request.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Builds a {@link CompactRequest}; {@code model} is required.
	 */
	public static final class Builder extends RecordBuilder<CompactRequest, Builder> {

		private Builder(@Nullable CompactRequest from) {
			super(CompactRequest.class, from);
		}

		/** Sets {@code model}: the model that compacts, such as {@code gpt-5.1-codex-max}. */
		public Builder model(String model) {
			return set("model", model);
		}

		/** Sets {@code input}: the conversation to compact, or {@code null}. */
		public Builder input(@Nullable ResponseInput input) {
			return set("input", input);
		}

		/** Sets {@code previous_response_id}: the response whose conversation to compact, or {@code null}. */
		public Builder previousResponseId(@Nullable String previousResponseId) {
			return set("previousResponseId", previousResponseId);
		}

		/**
		 * Sets {@code instructions}: a system (developer) message placed first in the model's context, or {@code null}.
		 */
		public Builder instructions(@Nullable String instructions) {
			return set("instructions", instructions);
		}

		/**
		 * Sets {@code prompt_cache_key}: a key to improve prompt cache hits, at most 64 characters, or {@code null}.
		 */
		public Builder promptCacheKey(@Nullable String promptCacheKey) {
			return set("promptCacheKey", promptCacheKey);
		}

		/** Sets {@code prompt_cache_retention}: deprecated: {@code in_memory} or {@code 24h}, or {@code null}. */
		public Builder promptCacheRetention(@Nullable String promptCacheRetention) {
			return set("promptCacheRetention", promptCacheRetention);
		}

		/** Sets {@code prompt_cache_options}: the prompt cache options, or {@code null}. */
		public Builder promptCacheOptions(ResponseRequest.@Nullable PromptCacheOptions promptCacheOptions) {
			return set("promptCacheOptions", promptCacheOptions);
		}

		/** Sets {@code service_tier}: the processing tier, such as {@code flex}, or {@code null}. */
		public Builder serviceTier(@Nullable String serviceTier) {
			return set("serviceTier", serviceTier);
		}

	}

}
