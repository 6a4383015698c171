package dev.integrations.openai.chat;

import java.util.Map;

import dev.integrations.openai.common.RecordBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The generation settings of {@link ChatCompletionRequestBuilder}: sampling, limits, log probabilities, caching,
 * storage and the other options beside the conversation, its tools and its output format.
 */
abstract class ChatCompletionRequestSettings
		extends RecordBuilder<ChatCompletionRequest, ChatCompletionRequestBuilder> {

	ChatCompletionRequestSettings(@Nullable ChatCompletionRequest from) {
		super(ChatCompletionRequest.class, from);
	}

	/**
	 * Adds one {@code metadata} pair.
	 * @param key the key, at most 64 characters
	 * @param value the value, at most 512 characters
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder putMetadata(String key, String value) {
		return put("metadata", key, value);
	}

	/** Sets {@code frequency_penalty}: the frequency penalty, -2 to 2, or {@code null}. */
	public ChatCompletionRequestBuilder frequencyPenalty(@Nullable Double frequencyPenalty) {
		return set("frequencyPenalty", frequencyPenalty);
	}

	/** Sets {@code logit_bias}: the bias per token ID, -100 to 100, or {@code null}. */
	public ChatCompletionRequestBuilder logitBias(@Nullable Map<String, Integer> logitBias) {
		return set("logitBias", logitBias);
	}

	/** Sets {@code logprobs}: whether to return log probabilities, or {@code null}. */
	public ChatCompletionRequestBuilder logprobs(@Nullable Boolean logprobs) {
		return set("logprobs", logprobs);
	}

	/** Sets {@code max_completion_tokens}: the bound of generated tokens, reasoning included, or {@code null}. */
	public ChatCompletionRequestBuilder maxCompletionTokens(@Nullable Integer maxCompletionTokens) {
		return set("maxCompletionTokens", maxCompletionTokens);
	}

	/** Sets {@code max_tokens}: the deprecated token maximum, or {@code null}. */
	public ChatCompletionRequestBuilder maxTokens(@Nullable Integer maxTokens) {
		return set("maxTokens", maxTokens);
	}

	/** Sets {@code metadata}: up to 16 pairs, or {@code null}. */
	public ChatCompletionRequestBuilder metadata(@Nullable Map<String, String> metadata) {
		return set("metadata", metadata);
	}

	/** Sets {@code moderation} ({@code null} unsets it). */
	public ChatCompletionRequestBuilder moderation(@Nullable ModerationOptions moderation) {
		return set("moderation", moderation);
	}

	/** Sets {@code n}: the number of choices, 1 to 128, or {@code null}. */
	public ChatCompletionRequestBuilder n(@Nullable Integer n) {
		return set("n", n);
	}

	/** Sets {@code parallel_tool_calls}: whether several tools may be called at once, or {@code null}. */
	public ChatCompletionRequestBuilder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
		return set("parallelToolCalls", parallelToolCalls);
	}

	/** Sets {@code presence_penalty}: the presence penalty, -2 to 2, or {@code null}. */
	public ChatCompletionRequestBuilder presencePenalty(@Nullable Double presencePenalty) {
		return set("presencePenalty", presencePenalty);
	}

	/** Sets {@code prompt_cache_key}: the prompt cache key, or {@code null}. */
	public ChatCompletionRequestBuilder promptCacheKey(@Nullable String promptCacheKey) {
		return set("promptCacheKey", promptCacheKey);
	}

	/** Sets {@code prompt_cache_options}: the prompt caching options, or {@code null}. */
	public ChatCompletionRequestBuilder promptCacheOptions(@Nullable PromptCacheOptions promptCacheOptions) {
		return set("promptCacheOptions", promptCacheOptions);
	}

	/** Sets {@code prompt_cache_retention}: the deprecated cache retention, or {@code null}. */
	public ChatCompletionRequestBuilder promptCacheRetention(@Nullable PromptCacheRetention promptCacheRetention) {
		return set("promptCacheRetention", promptCacheRetention);
	}

	/** Sets {@code reasoning_effort} ({@code null} unsets it). */
	public ChatCompletionRequestBuilder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
		return set("reasoningEffort", reasoningEffort);
	}

	/** Sets {@code safety_identifier}: the hashed end-user ID, at most 64 characters, or {@code null}. */
	public ChatCompletionRequestBuilder safetyIdentifier(@Nullable String safetyIdentifier) {
		return set("safetyIdentifier", safetyIdentifier);
	}

	/** Sets {@code seed}: the deprecated sampling seed, or {@code null}. */
	public ChatCompletionRequestBuilder seed(@Nullable Long seed) {
		return set("seed", seed);
	}

	/** Sets {@code service_tier} ({@code null} unsets it). */
	public ChatCompletionRequestBuilder serviceTier(@Nullable ServiceTier serviceTier) {
		return set("serviceTier", serviceTier);
	}

	/** Sets {@code store}: whether to store the completion, or {@code null}. */
	public ChatCompletionRequestBuilder store(@Nullable Boolean store) {
		return set("store", store);
	}

	/** Sets {@code stream_options}: the streaming options (only for {@code stream}), or {@code null}. */
	public ChatCompletionRequestBuilder streamOptions(@Nullable StreamOptions streamOptions) {
		return set("streamOptions", streamOptions);
	}

	/** Sets {@code temperature}: the sampling temperature, 0 to 2, or {@code null}. */
	public ChatCompletionRequestBuilder temperature(@Nullable Double temperature) {
		return set("temperature", temperature);
	}

	/** Sets {@code top_logprobs}: the number of top tokens per position, 0 to 20, or {@code null}. */
	public ChatCompletionRequestBuilder topLogprobs(@Nullable Integer topLogprobs) {
		return set("topLogprobs", topLogprobs);
	}

	/** Sets {@code top_p}: the nucleus sampling mass, 0 to 1, or {@code null}. */
	public ChatCompletionRequestBuilder topP(@Nullable Double topP) {
		return set("topP", topP);
	}

	/** Sets {@code user}: the deprecated end-user ID, or {@code null}. */
	public ChatCompletionRequestBuilder user(@Nullable String user) {
		return set("user", user);
	}

	/** Sets {@code verbosity} ({@code null} unsets it). */
	public ChatCompletionRequestBuilder verbosity(@Nullable Verbosity verbosity) {
		return set("verbosity", verbosity);
	}

	/** Sets {@code web_search_options}: the web search options, or {@code null}. */
	public ChatCompletionRequestBuilder webSearchOptions(@Nullable WebSearchOptions webSearchOptions) {
		return set("webSearchOptions", webSearchOptions);
	}

}
