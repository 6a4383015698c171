package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /responses}. Build it with {@link #builder()}; it is checked against the API's limits
 * when built, so a bad value fails before any network call with a message naming the wire field.
 *
 * <pre>{@code
 * ResponseRequest request = ResponseRequest.builder()
 *     .model("gpt-5")
 *     .instructions("Answer in one sentence.")
 *     .input("Why is the sky blue?")
 *     .build();
 * }</pre>
 *
 * @param model the model ID, such as {@code gpt-5}; may be omitted only with a {@code prompt} that names one
 * @param input the input: text or items
 * @param instructions a system (developer) message placed first in the model's context
 * @param tools the tools the model may call
 * @param toolChoice how the model picks tools
 * @param parallelToolCalls whether tool calls may run in parallel
 * @param maxOutputTokens the limit of output tokens, reasoning included; at least 16
 * @param maxToolCalls the limit of built-in tool calls
 * @param previousResponseId the response this one continues (not with {@code conversation})
 * @param conversation the conversation this response belongs to, as an ID or {@code {id}} (not with
 * {@code previous_response_id})
 * @param reasoning the reasoning configuration, for reasoning models
 * @param text the text output configuration: format (Structured Outputs) and verbosity
 * @param store whether to store the response for later retrieval (default {@code true})
 * @param background whether to run in the background (poll or stream it afterwards)
 * @param stream set by {@link ResponseService#stream(ResponseRequest)}, never by the caller
 * @param streamOptions options of a streamed response
 * @param metadata up to 16 key-value pairs
 * @param temperature the sampling temperature, 0 to 2
 * @param topP the nucleus sampling mass, 0 to 1
 * @param topLogprobs how many likely tokens to return per position, 0 to 20
 * @param truncation {@code auto} or {@code disabled} (deprecated by the API)
 * @param include extra output data, see {@link ResponseInclude}
 * @param serviceTier the processing tier: {@code auto}, {@code default}, {@code flex}, {@code priority}, ...
 * @param prompt a stored prompt template and its variables
 * @param promptCacheKey a key to improve prompt cache hits of similar requests
 * @param promptCacheRetention deprecated: {@code in_memory} or {@code 24h}
 * @param promptCacheOptions the prompt cache options
 * @param safetyIdentifier a stable, hashed identifier of the end user, at most 64 characters
 * @param user deprecated end-user identifier; use {@code safety_identifier} and {@code prompt_cache_key}
 * @param moderation moderation of input and output: {@code {"model": ..., "policy": {"input": ..., "output": ...}}}
 * @param contextManagement context management entries, such as compaction
 * @param multiAgent multi-agent settings, a beta field sent only through {@link ResponseService#beta}
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record ResponseRequest(@Nullable String model, @Nullable ResponseInput input, @Nullable String instructions,
		@Nullable List<ResponseTool> tools, @Nullable ToolChoice toolChoice, @Nullable Boolean parallelToolCalls,
		@Nullable Integer maxOutputTokens, @Nullable Integer maxToolCalls, @Nullable String previousResponseId,
		@Nullable ConversationParam conversation, @Nullable ReasoningConfig reasoning, @Nullable TextConfig text,
		@Nullable Boolean store, @Nullable Boolean background, @Nullable Boolean stream,
		@Nullable StreamOptions streamOptions, @Nullable Map<String, String> metadata, @Nullable Double temperature,
		@Nullable Double topP, @Nullable Integer topLogprobs, @Nullable String truncation,
		@Nullable List<String> include, @Nullable String serviceTier, @Nullable PromptTemplate prompt,
		@Nullable String promptCacheKey, @Nullable String promptCacheRetention,
		@Nullable PromptCacheOptions promptCacheOptions, @Nullable String safetyIdentifier, @Nullable String user,
		@Nullable Map<String, Object> moderation, @Nullable List<ContextManagement> contextManagement,
		@Nullable MultiAgent multiAgent, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks the request against the API's limits.
	 */
	public ResponseRequest {
		extra = Extras.copy(extra);
		if (prompt == null) {
			Validation.notBlank("model", model);
		}
		Validation.range("temperature", temperature, 0, 2);
		Validation.range("top_p", topP, 0, 1);
		Validation.range("top_logprobs", topLogprobs, 0, 20);
		if (maxOutputTokens != null && maxOutputTokens < 16) {
			throw new OpenAIValidationException("max_output_tokens",
					"max_output_tokens must be at least 16, was " + maxOutputTokens);
		}
		if (previousResponseId != null && conversation != null) {
			throw new OpenAIValidationException("previous_response_id",
					"previous_response_id cannot be used together with conversation");
		}
		Validation.metadata("metadata", metadata);
		if (safetyIdentifier != null && safetyIdentifier.length() > 64) {
			throw new OpenAIValidationException("safety_identifier",
					"safety_identifier must be at most 64 characters, had " + safetyIdentifier.length());
		}
		if (contextManagement != null) {
			Validation.notEmpty("context_management", contextManagement);
		}
		if (text != null) {
			text.validate();
		}
		if (tools != null) {
			tools.forEach(ResponseTool::validate);
		}
		if (toolChoice != null) {
			toolChoice.validate();
		}
		tools = (tools != null) ? List.copyOf(tools) : null;
		include = (include != null) ? List.copyOf(include) : null;
		metadata = (metadata != null) ? Map.copyOf(metadata) : null;
		contextManagement = (contextManagement != null) ? List.copyOf(contextManagement) : null;
	}

	/**
	 * Starts a request.
	 * @return a new builder
	 */
	public static ResponseRequestBuilder builder() {
		return new ResponseRequestBuilder(null);
	}

	/**
	 * A builder preset with this request's values.
	 * @return a new builder
	 */
	public ResponseRequestBuilder toBuilder() {
		return new ResponseRequestBuilder(this);
	}

	/**
	 * This request with {@code stream} set, as the service sends it.
	 * @param streaming whether to stream
	 * @return the request
	 */
	ResponseRequest withStream(boolean streaming) {
		return toBuilder().stream(streaming ? Boolean.TRUE : null).build();
	}

	/**
	 * Options of a streamed response ({@code stream_options}).
	 *
	 * @param includeObfuscation whether delta events carry random padding against side-channel attacks (default
	 * {@code true}); turn off to save bandwidth on trusted networks
	 */
	public record StreamOptions(@Nullable Boolean includeObfuscation) {

	}

	/**
	 * Prompt cache options ({@code prompt_cache_options}).
	 *
	 * @param ttl the minimum cache lifetime, such as {@code 30m}
	 * @param mode {@code implicit} or {@code explicit}
	 */
	public record PromptCacheOptions(@Nullable String ttl, @Nullable String mode) {

	}

	/**
	 * Multi-agent settings ({@code multi_agent}, beta: {@code responses_multi_agent=v1}).
	 *
	 * @param enabled whether the model may spawn subagents
	 * @param maxConcurrentSubagents the most subagents running at once, at least 1
	 */
	public record MultiAgent(boolean enabled, @Nullable Integer maxConcurrentSubagents) {

		/**
		 * Checks the limit.
		 */
		public MultiAgent {
			if (maxConcurrentSubagents != null && maxConcurrentSubagents < 1) {
				throw new OpenAIValidationException("multi_agent.max_concurrent_subagents",
						"multi_agent.max_concurrent_subagents must be at least 1, was " + maxConcurrentSubagents);
			}
		}

	}

	/**
	 * A context management entry ({@code context_management}).
	 *
	 * @param type the kind of context management, such as {@code compaction}
	 * @param compactThreshold the token count that triggers it, at least 1000
	 */
	public record ContextManagement(String type, @Nullable Integer compactThreshold) {

		/**
		 * Checks the threshold.
		 */
		public ContextManagement {
			Validation.notBlank("context_management.type", type);
			if (compactThreshold != null && compactThreshold < 1000) {
				throw new OpenAIValidationException("context_management.compact_threshold",
						"context_management.compact_threshold must be at least 1000, was " + compactThreshold);
			}
		}

	}

}
