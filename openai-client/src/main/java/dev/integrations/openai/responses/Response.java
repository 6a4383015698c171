package dev.integrations.openai.responses;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.internal.EpochSeconds;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import dev.integrations.openai.internal.WireMaps;
import org.jspecify.annotations.Nullable;

/**
 * A model response: its status, the output items, token usage, and the settings it was created with.
 * {@link #outputText()} gives the answer's text in one call.
 *
 * @param id the response ID, such as {@code resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b}
 * @param object always {@code response}
 * @param createdAt when it was created, in Unix seconds (see {@link #createdAtInstant()})
 * @param completedAt when it completed, in Unix seconds
 * @param status its status
 * @param error why it failed, when {@link ResponseStatus#FAILED}
 * @param incompleteDetails why it stopped early, when {@link ResponseStatus#INCOMPLETE}
 * @param model the model that produced it
 * @param output the output items
 * @param instructions the instructions it was created with
 * @param usage the tokens it used (absent until it completes)
 * @param metadata the caller's metadata
 * @param temperature the sampling temperature
 * @param topP the nucleus sampling mass
 * @param topLogprobs how many likely tokens were returned per position
 * @param maxOutputTokens the output token limit
 * @param maxToolCalls the limit of built-in tool calls
 * @param parallelToolCalls whether tool calls could run in parallel
 * @param previousResponseId the response this one continues
 * @param conversation the conversation it belongs to
 * @param reasoning the reasoning configuration
 * @param text the text output configuration
 * @param tools the tools the model could use
 * @param toolChoice how the model could pick tools
 * @param prompt the prompt template used
 * @param serviceTier the processing tier that served it
 * @param truncation the truncation strategy: {@code auto} or {@code disabled}
 * @param background whether it ran in the background
 * @param user the deprecated end-user identifier
 * @param safetyIdentifier the end-user identifier for abuse detection
 * @param promptCacheKey the prompt cache key
 * @param promptCacheRetention the prompt cache retention: {@code in_memory} or {@code 24h}
 * @param promptCacheOptions the prompt-caching options applied
 * @param moderation the moderation of input and output, when moderated completions were requested
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record Response(String id, String object, long createdAt, @Nullable Long completedAt, ResponseStatus status,
		@Nullable ErrorDetails error, @Nullable IncompleteDetails incompleteDetails, @Nullable String model,
		List<ResponseItem> output, @Nullable ResponseInput instructions, @Nullable ResponseUsage usage,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> metadata, @Nullable Double temperature,
		@Nullable Double topP,
		@Nullable Integer topLogprobs, @Nullable Integer maxOutputTokens, @Nullable Integer maxToolCalls,
		@Nullable Boolean parallelToolCalls, @Nullable String previousResponseId,
		@Nullable ConversationRef conversation, @Nullable ReasoningConfig reasoning, @Nullable TextConfig text,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<ResponseTool> tools, @Nullable ToolChoice toolChoice,
		@Nullable PromptTemplate prompt,
		@Nullable String serviceTier, @Nullable String truncation, @Nullable Boolean background,
		@Nullable String user, @Nullable String safetyIdentifier, @Nullable String promptCacheKey,
		@Nullable String promptCacheRetention, @Nullable PromptCacheOptions promptCacheOptions,
		@Nullable ResponseModeration moderation,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements ModelResponse {

	/**
	 * Normalizes missing output, tools, metadata and status.
	 */
	public Response {
		extra = Extras.copy(extra);
		output = WireLists.copyOf(output);
		tools = WireLists.copyOf(tools);
		metadata = WireMaps.copyOf(metadata);
		status = (status != null) ? status : ResponseStatus.UNKNOWN;
	}

	/**
	 * This response with other output items, as {@link ResponseAccumulator} builds it from stream events.
	 * @param items the output items
	 * @return the copy
	 */
	public Response withOutput(List<ResponseItem> items) {
		return new Response(this.id, this.object, this.createdAt, this.completedAt, this.status, this.error,
				this.incompleteDetails, this.model, items, this.instructions, this.usage, this.metadata,
				this.temperature, this.topP, this.topLogprobs, this.maxOutputTokens, this.maxToolCalls,
				this.parallelToolCalls, this.previousResponseId, this.conversation, this.reasoning, this.text,
				this.tools, this.toolChoice, this.prompt, this.serviceTier, this.truncation, this.background,
				this.user, this.safetyIdentifier, this.promptCacheKey, this.promptCacheRetention,
				this.promptCacheOptions, this.moderation, this.extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/** @return {@code completed_at} as an {@code Instant}, or {@code null} when not set */
	public @Nullable Instant completedAtInstant() {
		return EpochSeconds.toInstant(this.completedAt);
	}

	/**
	 * The text of every {@code output_text} part of every output message, concatenated: the answer, for a
	 * response without tool calls.
	 * @return the text, empty when the output has none
	 */
	public String outputText() {
		return messages().stream().map(ResponseItem.Message::text).collect(Collectors.joining());
	}

	/** @return the assistant messages of the output */
	public List<ResponseItem.Message> messages() {
		return outputOf(ResponseItem.Message.class);
	}

	/** @return the function calls the model wants the caller to run */
	public List<ResponseItem.FunctionCall> functionCalls() {
		return outputOf(ResponseItem.FunctionCall.class);
	}

	/**
	 * The output items of one type.
	 * @param <T> the item type
	 * @param type the item class, such as {@code ResponseItem.WebSearchCall.class}
	 * @return the items, in output order
	 */
	public <T extends ResponseItem> List<T> outputOf(Class<T> type) {
		return this.output.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * Reads the output text as a type, as Structured Outputs produce it ({@code text.format} {@code json_schema}),
	 * with the type's own JSON naming.
	 * @param <T> the type
	 * @param type the type, such as a record
	 * @return the value
	 * @throws dev.integrations.openai.errors.RefusalException if the model refused, with its explanation
	 * @throws dev.integrations.openai.errors.TruncatedOutputException if the response is {@code incomplete}
	 * @throws dev.integrations.openai.errors.OutputParseException naming the type when the text is not JSON of it
	 */
	public <T> T outputAs(Class<T> type) {
		return StructuredResponse.read(this, type);
	}

	@Override
	public @Nullable TokenUsage tokenUsage() {
		return (this.usage != null) ? this.usage.toTokenUsage() : null;
	}

	@Override
	public String responseId() {
		return this.id;
	}

	/**
	 * Why a response failed.
	 *
	 * @param code the error code, such as {@code server_error} or {@code rate_limit_exceeded}
	 * @param message the description
	 */
	public record ErrorDetails(String code, String message) {

	}

	/**
	 * Why a response stopped early.
	 *
	 * @param reason {@code max_output_tokens} or {@code content_filter}
	 */
	public record IncompleteDetails(String reason) {

	}

	/**
	 * The conversation a response belongs to.
	 *
	 * @param id the conversation ID
	 */
	public record ConversationRef(String id) {

	}

}
