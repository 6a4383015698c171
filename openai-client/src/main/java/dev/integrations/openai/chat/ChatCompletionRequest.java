package dev.integrations.openai.chat;

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
 * The body of {@code POST /chat/completions}: every field of {@code CreateChatCompletionRequest}. Build it with
 * {@link #builder()}; it is checked against the API's constraints when built, so an invalid request never reaches
 * the network. {@code stream} is set by the service method ({@code create} or {@code stream}), not by the caller.
 *
 * @param messages the conversation so far, at least one message
 * @param model the model ID, such as {@code gpt-4o-mini} or {@code o3}
 * @param audio audio output parameters, required with {@code modalities: ["audio"]}
 * @param frequencyPenalty -2 to 2; positive values penalize tokens by their frequency so far
 * @param functionCall deprecated: which function to call; use {@code tool_choice}
 * @param functions deprecated: 1 to 128 functions the model may call; use {@code tools}
 * @param logitBias token ID (as a string) to bias, -100 to 100
 * @param logprobs whether to return the log probabilities of the output tokens
 * @param maxCompletionTokens upper bound of generated tokens, reasoning tokens included
 * @param maxTokens deprecated: maximum generated tokens; use {@code max_completion_tokens}
 * @param metadata up to 16 key-value pairs stored with the completion
 * @param modalities output types, such as {@code ["text", "audio"]}
 * @param moderation moderation of input and output
 * @param n 1 to 128 choices to generate
 * @param parallelToolCalls whether the model may call several tools at once
 * @param prediction a Predicted Output
 * @param presencePenalty -2 to 2; positive values penalize tokens that already appeared
 * @param promptCacheKey a key that groups similar requests for prompt caching
 * @param promptCacheOptions prompt caching options
 * @param promptCacheRetention deprecated: prompt cache retention; use {@code prompt_cache_options}
 * @param reasoningEffort reasoning effort of reasoning models
 * @param responseFormat the output format: text, JSON mode, or a JSON Schema
 * @param safetyIdentifier a stable, hashed end-user ID (at most 64 characters) for abuse detection
 * @param seed deprecated (beta): best-effort deterministic sampling
 * @param serviceTier the processing tier
 * @param stop up to 4 stop sequences
 * @param store whether to store the completion for distillation, evals and the stored-completion operations
 * @param stream whether to stream; set by the service method
 * @param streamOptions streaming options; only for {@link ChatCompletionService#stream}
 * @param temperature 0 to 2; higher is more random
 * @param toolChoice which tool the model calls
 * @param tools the tools the model may call
 * @param topLogprobs 0 to 20 most likely tokens to return per position; needs {@code logprobs}
 * @param topP 0 to 1; nucleus sampling probability mass
 * @param user deprecated: an end-user ID; use {@code safety_identifier} and {@code prompt_cache_key}
 * @param verbosity how verbose the answer is
 * @param webSearchOptions web search options
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record ChatCompletionRequest(List<ChatMessage> messages, String model, @Nullable AudioOutput audio,
		@Nullable Double frequencyPenalty, @Nullable FunctionCallChoice functionCall,
		@Nullable List<FunctionDefinition> functions, @Nullable Map<String, Integer> logitBias,
		@Nullable Boolean logprobs, @Nullable Integer maxCompletionTokens, @Nullable Integer maxTokens,
		@Nullable Map<String, String> metadata, @Nullable List<Modality> modalities,
		@Nullable ModerationOptions moderation, @Nullable Integer n, @Nullable Boolean parallelToolCalls,
		@Nullable Prediction prediction, @Nullable Double presencePenalty, @Nullable String promptCacheKey,
		@Nullable PromptCacheOptions promptCacheOptions, @Nullable PromptCacheRetention promptCacheRetention,
		@Nullable ReasoningEffort reasoningEffort, @Nullable ResponseFormat responseFormat,
		@Nullable String safetyIdentifier, @Nullable Long seed, @Nullable ServiceTier serviceTier,
		@Nullable StopSequences stop, @Nullable Boolean store, @Nullable Boolean stream,
		@Nullable StreamOptions streamOptions, @Nullable Double temperature, @Nullable ToolChoice toolChoice,
		@Nullable List<ChatTool> tools, @Nullable Integer topLogprobs, @Nullable Double topP, @Nullable String user,
		@Nullable Verbosity verbosity, @Nullable WebSearchOptions webSearchOptions,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks every constraint of the API, naming the wire field, and copies the collections.
	 */
	public ChatCompletionRequest {
		extra = Extras.copy(extra);
		Validation.notBlank("model", model);
		messages = List.copyOf(Validation.notEmpty("messages", messages));
		Validation.range("temperature", temperature, 0, 2);
		Validation.range("top_p", topP, 0, 1);
		Validation.range("n", n, 1, 128);
		Validation.range("presence_penalty", presencePenalty, -2, 2);
		Validation.range("frequency_penalty", frequencyPenalty, -2, 2);
		Validation.range("top_logprobs", topLogprobs, 0, 20);
		if (topLogprobs != null && !Boolean.TRUE.equals(logprobs)) {
			throw new OpenAIValidationException("top_logprobs", "top_logprobs requires logprobs to be true");
		}
		Validation.range("max_completion_tokens", maxCompletionTokens, 1, Integer.MAX_VALUE);
		Validation.range("max_tokens", maxTokens, 1, Integer.MAX_VALUE);
		Validation.metadata("metadata", metadata);
		if (safetyIdentifier != null && safetyIdentifier.length() > 64) {
			throw new OpenAIValidationException("safety_identifier",
					"safety_identifier must be at most 64 characters, had " + safetyIdentifier.length());
		}
		if (functions != null) {
			Validation.notEmpty("functions", functions);
			Validation.maxSize("functions", functions, 128);
		}
		Validation.logitBias(logitBias);
		functions = copy(functions);
		modalities = copy(modalities);
		tools = copy(tools);
		logitBias = (logitBias != null) ? Map.copyOf(logitBias) : null;
		metadata = (metadata != null) ? Map.copyOf(metadata) : null;
	}

	/**
	 * Starts a request.
	 * @return a new builder
	 */
	public static ChatCompletionRequestBuilder builder() {
		return new ChatCompletionRequestBuilder(null);
	}

	/**
	 * Starts a builder holding this request's values, to derive a changed request.
	 * @return a new builder
	 */
	public ChatCompletionRequestBuilder toBuilder() {
		return new ChatCompletionRequestBuilder(this);
	}

	/**
	 * This request with {@code stream} set as a service method needs it.
	 * @param streaming {@code true} for a stream; {@code false} sends no {@code stream} field
	 * @return the request to send
	 */
	ChatCompletionRequest forStreaming(boolean streaming) {
		if (!streaming && this.streamOptions != null) {
			throw new OpenAIValidationException("stream_options",
					"stream_options is only allowed when streaming; use ChatCompletionService.stream");
		}
		if (Boolean.valueOf(streaming).equals(this.stream) || (!streaming && this.stream == null)) {
			return this;
		}
		return toBuilder().stream(streaming ? Boolean.TRUE : null).build();
	}

	private static <T> @Nullable List<T> copy(@Nullable List<T> list) {
		return (list != null) ? List.copyOf(list) : null;
	}

}
