package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.common.RecordBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The settings of {@link ResponseRequestBuilder} beside the input, the instructions, the tools and the text
 * output: limits, conversation state, sampling, storage and background mode, prompt templates and caching, and the
 * end-user identifiers.
 */
abstract class ResponseRequestSettings extends RecordBuilder<ResponseRequest, ResponseRequestBuilder> {

	ResponseRequestSettings(@Nullable ResponseRequest from) {
		super(ResponseRequest.class, from);
	}

	/** Sets {@code max_output_tokens}: the limit of output tokens, reasoning included; at least 16, or {@code null}. */
	public ResponseRequestBuilder maxOutputTokens(@Nullable Integer maxOutputTokens) {
		return set("maxOutputTokens", maxOutputTokens);
	}

	/** Sets {@code max_tool_calls}: the limit of built-in tool calls, or {@code null}. */
	public ResponseRequestBuilder maxToolCalls(@Nullable Integer maxToolCalls) {
		return set("maxToolCalls", maxToolCalls);
	}

	/** Sets {@code previous_response_id}: the response this one continues, or {@code null}. */
	public ResponseRequestBuilder previousResponseId(@Nullable String previousResponseId) {
		return set("previousResponseId", previousResponseId);
	}

	/**
	 * Sets {@code conversation} to an ID, written as a string: the ID of the conversation this response belongs to, or
	 * {@code null}.
	 */
	public ResponseRequestBuilder conversation(@Nullable String conversation) {
		return conversation((conversation != null) ? ConversationParam.of(conversation) : null);
	}

	/**
	 * Sets {@code conversation}, as an ID or an object {@code {"id": ...}}: the conversation this response belongs to,
	 * or {@code null}.
	 */
	public ResponseRequestBuilder conversation(@Nullable ConversationParam conversation) {
		return set("conversation", conversation);
	}

	/** Sets {@code store}: whether to store the response, or {@code null}. */
	public ResponseRequestBuilder store(@Nullable Boolean store) {
		return set("store", store);
	}

	/** Sets {@code background}: whether to run in the background, or {@code null}. */
	public ResponseRequestBuilder background(@Nullable Boolean background) {
		return set("background", background);
	}

	/** Sets {@code stream_options}: options of a streamed response, or {@code null}. */
	public ResponseRequestBuilder streamOptions(ResponseRequest.@Nullable StreamOptions streamOptions) {
		return set("streamOptions", streamOptions);
	}

	/** Sets {@code metadata}: up to 16 key-value pairs, or {@code null}. */
	public ResponseRequestBuilder metadata(@Nullable Map<String, String> metadata) {
		return set("metadata", metadata);
	}

	/** Sets {@code temperature}: the sampling temperature, 0 to 2, or {@code null}. */
	public ResponseRequestBuilder temperature(@Nullable Double temperature) {
		return set("temperature", temperature);
	}

	/** Sets {@code top_p}: the nucleus sampling mass, 0 to 1, or {@code null}. */
	public ResponseRequestBuilder topP(@Nullable Double topP) {
		return set("topP", topP);
	}

	/** Sets {@code top_logprobs}: how many likely tokens to return per position, 0 to 20, or {@code null}. */
	public ResponseRequestBuilder topLogprobs(@Nullable Integer topLogprobs) {
		return set("topLogprobs", topLogprobs);
	}

	/** Sets {@code truncation}: {@code auto} or {@code disabled}, or {@code null}. */
	public ResponseRequestBuilder truncation(@Nullable String truncation) {
		return set("truncation", truncation);
	}

	/** Sets {@code service_tier}: the processing tier, such as {@code flex}, or {@code null}. */
	public ResponseRequestBuilder serviceTier(@Nullable String serviceTier) {
		return set("serviceTier", serviceTier);
	}

	/** Sets {@code prompt}: a stored prompt template and its variables, or {@code null}. */
	public ResponseRequestBuilder prompt(@Nullable PromptTemplate prompt) {
		return set("prompt", prompt);
	}

	/** Sets {@code prompt_cache_key}: a key to improve prompt cache hits, or {@code null}. */
	public ResponseRequestBuilder promptCacheKey(@Nullable String promptCacheKey) {
		return set("promptCacheKey", promptCacheKey);
	}

	/** Sets {@code prompt_cache_retention}: deprecated: {@code in_memory} or {@code 24h}, or {@code null}. */
	public ResponseRequestBuilder promptCacheRetention(@Nullable String promptCacheRetention) {
		return set("promptCacheRetention", promptCacheRetention);
	}

	/** Sets {@code prompt_cache_options}: the prompt cache options, or {@code null}. */
	public ResponseRequestBuilder promptCacheOptions(ResponseRequest.@Nullable PromptCacheOptions promptCacheOptions) {
		return set("promptCacheOptions", promptCacheOptions);
	}

	/** Sets {@code safety_identifier}: a stable, hashed identifier of the end user, or {@code null}. */
	public ResponseRequestBuilder safetyIdentifier(@Nullable String safetyIdentifier) {
		return set("safetyIdentifier", safetyIdentifier);
	}

	/** Sets {@code user}: deprecated end-user identifier, or {@code null}. */
	public ResponseRequestBuilder user(@Nullable String user) {
		return set("user", user);
	}

	/** Sets {@code moderation} ({@code null} unsets it). */
	public ResponseRequestBuilder moderation(@Nullable Map<String, Object> moderation) {
		return set("moderation", moderation);
	}

	/** Sets {@code context_management}: context management entries, or {@code null}. */
	public ResponseRequestBuilder contextManagement(
			@Nullable List<ResponseRequest.ContextManagement> contextManagement) {
		return set("contextManagement", contextManagement);
	}

}
