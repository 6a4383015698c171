package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.common.RequestBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The settings of {@link ResponseRequestBuilder} beside the input, the instructions, the tools and the text
 * output: limits, conversation state, sampling, storage and background mode, prompt templates and caching, and the
 * end-user identifiers.
 */
abstract class ResponseRequestSettings extends RequestBuilder<ResponseRequestBuilder> {

	@Nullable Integer maxOutputTokens;

	@Nullable Integer maxToolCalls;

	@Nullable String previousResponseId;

	@Nullable ConversationParam conversation;

	@Nullable Boolean store;

	@Nullable Boolean background;

	ResponseRequest.@Nullable StreamOptions streamOptions;

	@Nullable Map<String, String> metadata;

	@Nullable Double temperature;

	@Nullable Double topP;

	@Nullable Integer topLogprobs;

	@Nullable String truncation;

	@Nullable String serviceTier;

	@Nullable PromptTemplate prompt;

	@Nullable String promptCacheKey;

	@Nullable String promptCacheRetention;

	ResponseRequest.@Nullable PromptCacheOptions promptCacheOptions;

	@Nullable String safetyIdentifier;

	@Nullable String user;

	@Nullable Map<String, Object> moderation;

	@Nullable List<ResponseRequest.ContextManagement> contextManagement;

	ResponseRequestSettings() {
	}

	ResponseRequestSettings(ResponseRequest request) {
		extra(request.extra());
		this.maxOutputTokens = request.maxOutputTokens();
		this.maxToolCalls = request.maxToolCalls();
		this.previousResponseId = request.previousResponseId();
		this.conversation = request.conversation();
		this.store = request.store();
		this.background = request.background();
		this.streamOptions = request.streamOptions();
		this.metadata = request.metadata();
		this.temperature = request.temperature();
		this.topP = request.topP();
		this.topLogprobs = request.topLogprobs();
		this.truncation = request.truncation();
		this.serviceTier = request.serviceTier();
		this.prompt = request.prompt();
		this.promptCacheKey = request.promptCacheKey();
		this.promptCacheRetention = request.promptCacheRetention();
		this.promptCacheOptions = request.promptCacheOptions();
		this.safetyIdentifier = request.safetyIdentifier();
		this.user = request.user();
		this.moderation = request.moderation();
		this.contextManagement = request.contextManagement();
	}

	abstract ResponseRequestBuilder self();

	/**
	 * Sets {@code max_output_tokens}.
	 * @param maxOutputTokens the limit of output tokens, reasoning included; at least 16, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder maxOutputTokens(@Nullable Integer maxOutputTokens) {
		this.maxOutputTokens = maxOutputTokens;
		return self();
	}

	/**
	 * Sets {@code max_tool_calls}.
	 * @param maxToolCalls the limit of built-in tool calls, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder maxToolCalls(@Nullable Integer maxToolCalls) {
		this.maxToolCalls = maxToolCalls;
		return self();
	}

	/**
	 * Sets {@code previous_response_id}.
	 * @param previousResponseId the response this one continues, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder previousResponseId(@Nullable String previousResponseId) {
		this.previousResponseId = previousResponseId;
		return self();
	}

	/**
	 * Sets {@code conversation} to an ID, written as a string.
	 * @param conversation the ID of the conversation this response belongs to, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder conversation(@Nullable String conversation) {
		return conversation((conversation != null) ? ConversationParam.of(conversation) : null);
	}

	/**
	 * Sets {@code conversation}, as an ID or an object {@code {"id": ...}}.
	 * @param conversation the conversation this response belongs to, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder conversation(@Nullable ConversationParam conversation) {
		this.conversation = conversation;
		return self();
	}

	/**
	 * Sets {@code store}.
	 * @param store whether to store the response, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder store(@Nullable Boolean store) {
		this.store = store;
		return self();
	}

	/**
	 * Sets {@code background}.
	 * @param background whether to run in the background, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder background(@Nullable Boolean background) {
		this.background = background;
		return self();
	}

	/**
	 * Sets {@code stream_options}.
	 * @param streamOptions options of a streamed response, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder streamOptions(ResponseRequest.@Nullable StreamOptions streamOptions) {
		this.streamOptions = streamOptions;
		return self();
	}

	/**
	 * Sets {@code metadata}.
	 * @param metadata up to 16 key-value pairs, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder metadata(@Nullable Map<String, String> metadata) {
		this.metadata = metadata;
		return self();
	}

	/**
	 * Sets {@code temperature}.
	 * @param temperature the sampling temperature, 0 to 2, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder temperature(@Nullable Double temperature) {
		this.temperature = temperature;
		return self();
	}

	/**
	 * Sets {@code top_p}.
	 * @param topP the nucleus sampling mass, 0 to 1, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder topP(@Nullable Double topP) {
		this.topP = topP;
		return self();
	}

	/**
	 * Sets {@code top_logprobs}.
	 * @param topLogprobs how many likely tokens to return per position, 0 to 20, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder topLogprobs(@Nullable Integer topLogprobs) {
		this.topLogprobs = topLogprobs;
		return self();
	}

	/**
	 * Sets {@code truncation}.
	 * @param truncation {@code auto} or {@code disabled}, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder truncation(@Nullable String truncation) {
		this.truncation = truncation;
		return self();
	}

	/**
	 * Sets {@code service_tier}.
	 * @param serviceTier the processing tier, such as {@code flex}, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder serviceTier(@Nullable String serviceTier) {
		this.serviceTier = serviceTier;
		return self();
	}

	/**
	 * Sets {@code prompt}.
	 * @param prompt a stored prompt template and its variables, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder prompt(@Nullable PromptTemplate prompt) {
		this.prompt = prompt;
		return self();
	}

	/**
	 * Sets {@code prompt_cache_key}.
	 * @param promptCacheKey a key to improve prompt cache hits, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder promptCacheKey(@Nullable String promptCacheKey) {
		this.promptCacheKey = promptCacheKey;
		return self();
	}

	/**
	 * Sets {@code prompt_cache_retention}.
	 * @param promptCacheRetention deprecated: {@code in_memory} or {@code 24h}, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder promptCacheRetention(@Nullable String promptCacheRetention) {
		this.promptCacheRetention = promptCacheRetention;
		return self();
	}

	/**
	 * Sets {@code prompt_cache_options}.
	 * @param promptCacheOptions the prompt cache options, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder promptCacheOptions(ResponseRequest.@Nullable PromptCacheOptions promptCacheOptions) {
		this.promptCacheOptions = promptCacheOptions;
		return self();
	}

	/**
	 * Sets {@code safety_identifier}.
	 * @param safetyIdentifier a stable, hashed identifier of the end user, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder safetyIdentifier(@Nullable String safetyIdentifier) {
		this.safetyIdentifier = safetyIdentifier;
		return self();
	}

	/**
	 * Sets {@code user}.
	 * @param user deprecated end-user identifier, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder user(@Nullable String user) {
		this.user = user;
		return self();
	}

	/**
	 * Sets {@code moderation}.
	 * @param moderation the moderation configuration, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder moderation(@Nullable Map<String, Object> moderation) {
		this.moderation = moderation;
		return self();
	}

	/**
	 * Sets {@code context_management}.
	 * @param contextManagement context management entries, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder contextManagement(
			@Nullable List<ResponseRequest.ContextManagement> contextManagement) {
		this.contextManagement = contextManagement;
		return self();
	}

}
