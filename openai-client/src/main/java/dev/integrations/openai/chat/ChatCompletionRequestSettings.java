package dev.integrations.openai.chat;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.integrations.openai.common.RequestBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The generation settings of {@link ChatCompletionRequestBuilder}: sampling, limits, log probabilities, caching,
 * storage and the other options beside the conversation, its tools and its output format.
 */
abstract class ChatCompletionRequestSettings extends RequestBuilder<ChatCompletionRequestBuilder> {

	@Nullable Double frequencyPenalty;

	@Nullable Map<String, Integer> logitBias;

	@Nullable Boolean logprobs;

	@Nullable Integer maxCompletionTokens;

	@Nullable Integer maxTokens;

	@Nullable Map<String, String> metadata;

	@Nullable ModerationOptions moderation;

	@Nullable Integer n;

	@Nullable Boolean parallelToolCalls;

	@Nullable Double presencePenalty;

	@Nullable String promptCacheKey;

	@Nullable PromptCacheOptions promptCacheOptions;

	@Nullable PromptCacheRetention promptCacheRetention;

	@Nullable ReasoningEffort reasoningEffort;

	@Nullable String safetyIdentifier;

	@Nullable Long seed;

	@Nullable ServiceTier serviceTier;

	@Nullable Boolean store;

	@Nullable StreamOptions streamOptions;

	@Nullable Double temperature;

	@Nullable Integer topLogprobs;

	@Nullable Double topP;

	@Nullable String user;

	@Nullable Verbosity verbosity;

	@Nullable WebSearchOptions webSearchOptions;

	ChatCompletionRequestSettings() {
	}

	ChatCompletionRequestSettings(ChatCompletionRequest request) {
		extra(request.extra());
		this.frequencyPenalty = request.frequencyPenalty();
		this.logitBias = request.logitBias();
		this.logprobs = request.logprobs();
		this.maxCompletionTokens = request.maxCompletionTokens();
		this.maxTokens = request.maxTokens();
		this.metadata = request.metadata();
		this.moderation = request.moderation();
		this.n = request.n();
		this.parallelToolCalls = request.parallelToolCalls();
		this.presencePenalty = request.presencePenalty();
		this.promptCacheKey = request.promptCacheKey();
		this.promptCacheOptions = request.promptCacheOptions();
		this.promptCacheRetention = request.promptCacheRetention();
		this.reasoningEffort = request.reasoningEffort();
		this.safetyIdentifier = request.safetyIdentifier();
		this.seed = request.seed();
		this.serviceTier = request.serviceTier();
		this.store = request.store();
		this.streamOptions = request.streamOptions();
		this.temperature = request.temperature();
		this.topLogprobs = request.topLogprobs();
		this.topP = request.topP();
		this.user = request.user();
		this.verbosity = request.verbosity();
		this.webSearchOptions = request.webSearchOptions();
	}

	abstract ChatCompletionRequestBuilder self();

	/**
	 * Adds one {@code metadata} pair.
	 * @param key the key, at most 64 characters
	 * @param value the value, at most 512 characters
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder putMetadata(String key, String value) {
		Map<String, String> map = (this.metadata != null) ? new LinkedHashMap<>(this.metadata) : new LinkedHashMap<>();
		map.put(key, value);
		this.metadata = map;
		return self();
	}

	/**
	 * Sets {@code frequency_penalty}.
	 * @param frequencyPenalty the frequency penalty, -2 to 2, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder frequencyPenalty(@Nullable Double frequencyPenalty) {
		this.frequencyPenalty = frequencyPenalty;
		return self();
	}

	/**
	 * Sets {@code logit_bias}.
	 * @param logitBias the bias per token ID, -100 to 100, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder logitBias(@Nullable Map<String, Integer> logitBias) {
		this.logitBias = logitBias;
		return self();
	}

	/**
	 * Sets {@code logprobs}.
	 * @param logprobs whether to return log probabilities, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder logprobs(@Nullable Boolean logprobs) {
		this.logprobs = logprobs;
		return self();
	}

	/**
	 * Sets {@code max_completion_tokens}.
	 * @param maxCompletionTokens the bound of generated tokens, reasoning included, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder maxCompletionTokens(@Nullable Integer maxCompletionTokens) {
		this.maxCompletionTokens = maxCompletionTokens;
		return self();
	}

	/**
	 * Sets {@code max_tokens}.
	 * @param maxTokens the deprecated token maximum, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder maxTokens(@Nullable Integer maxTokens) {
		this.maxTokens = maxTokens;
		return self();
	}

	/**
	 * Sets {@code metadata}.
	 * @param metadata up to 16 pairs, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder metadata(@Nullable Map<String, String> metadata) {
		this.metadata = metadata;
		return self();
	}

	/**
	 * Sets {@code moderation}.
	 * @param moderation the moderation options, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder moderation(@Nullable ModerationOptions moderation) {
		this.moderation = moderation;
		return self();
	}

	/**
	 * Sets {@code n}.
	 * @param n the number of choices, 1 to 128, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder n(@Nullable Integer n) {
		this.n = n;
		return self();
	}

	/**
	 * Sets {@code parallel_tool_calls}.
	 * @param parallelToolCalls whether several tools may be called at once, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
		this.parallelToolCalls = parallelToolCalls;
		return self();
	}

	/**
	 * Sets {@code presence_penalty}.
	 * @param presencePenalty the presence penalty, -2 to 2, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder presencePenalty(@Nullable Double presencePenalty) {
		this.presencePenalty = presencePenalty;
		return self();
	}

	/**
	 * Sets {@code prompt_cache_key}.
	 * @param promptCacheKey the prompt cache key, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder promptCacheKey(@Nullable String promptCacheKey) {
		this.promptCacheKey = promptCacheKey;
		return self();
	}

	/**
	 * Sets {@code prompt_cache_options}.
	 * @param promptCacheOptions the prompt caching options, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder promptCacheOptions(@Nullable PromptCacheOptions promptCacheOptions) {
		this.promptCacheOptions = promptCacheOptions;
		return self();
	}

	/**
	 * Sets {@code prompt_cache_retention}.
	 * @param promptCacheRetention the deprecated cache retention, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder promptCacheRetention(@Nullable PromptCacheRetention promptCacheRetention) {
		this.promptCacheRetention = promptCacheRetention;
		return self();
	}

	/**
	 * Sets {@code reasoning_effort}.
	 * @param reasoningEffort the reasoning effort, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
		this.reasoningEffort = reasoningEffort;
		return self();
	}

	/**
	 * Sets {@code safety_identifier}.
	 * @param safetyIdentifier the hashed end-user ID, at most 64 characters, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder safetyIdentifier(@Nullable String safetyIdentifier) {
		this.safetyIdentifier = safetyIdentifier;
		return self();
	}

	/**
	 * Sets {@code seed}.
	 * @param seed the deprecated sampling seed, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder seed(@Nullable Long seed) {
		this.seed = seed;
		return self();
	}

	/**
	 * Sets {@code service_tier}.
	 * @param serviceTier the processing tier, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder serviceTier(@Nullable ServiceTier serviceTier) {
		this.serviceTier = serviceTier;
		return self();
	}

	/**
	 * Sets {@code store}.
	 * @param store whether to store the completion, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder store(@Nullable Boolean store) {
		this.store = store;
		return self();
	}

	/**
	 * Sets {@code stream_options}.
	 * @param streamOptions the streaming options (only for {@code stream}), or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder streamOptions(@Nullable StreamOptions streamOptions) {
		this.streamOptions = streamOptions;
		return self();
	}

	/**
	 * Sets {@code temperature}.
	 * @param temperature the sampling temperature, 0 to 2, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder temperature(@Nullable Double temperature) {
		this.temperature = temperature;
		return self();
	}

	/**
	 * Sets {@code top_logprobs}.
	 * @param topLogprobs the number of top tokens per position, 0 to 20, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder topLogprobs(@Nullable Integer topLogprobs) {
		this.topLogprobs = topLogprobs;
		return self();
	}

	/**
	 * Sets {@code top_p}.
	 * @param topP the nucleus sampling mass, 0 to 1, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder topP(@Nullable Double topP) {
		this.topP = topP;
		return self();
	}

	/**
	 * Sets {@code user}.
	 * @param user the deprecated end-user ID, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder user(@Nullable String user) {
		this.user = user;
		return self();
	}

	/**
	 * Sets {@code verbosity}.
	 * @param verbosity the verbosity, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder verbosity(@Nullable Verbosity verbosity) {
		this.verbosity = verbosity;
		return self();
	}

	/**
	 * Sets {@code web_search_options}.
	 * @param webSearchOptions the web search options, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder webSearchOptions(@Nullable WebSearchOptions webSearchOptions) {
		this.webSearchOptions = webSearchOptions;
		return self();
	}

}
