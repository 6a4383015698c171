package dev.integrations.openai.responses;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Builds a {@link ResponseRequest}; {@link #build()} checks it against the API's limits. Setters take
 * {@code null} to clear a value. Get one from {@link ResponseRequest#builder()}.
 */
public final class ResponseRequestBuilder {
	private @Nullable String model;
	private @Nullable ResponseInput input;
	private @Nullable String instructions;
	private @Nullable List<ResponseTool> tools;
	private @Nullable ToolChoice toolChoice;
	private @Nullable Boolean parallelToolCalls;
	private @Nullable Integer maxOutputTokens;
	private @Nullable Integer maxToolCalls;
	private @Nullable String previousResponseId;
	private @Nullable String conversation;
	private @Nullable ReasoningConfig reasoning;
	private @Nullable TextConfig text;
	private @Nullable Boolean store;
	private @Nullable Boolean background;
	private @Nullable Boolean stream;
	private ResponseRequest.@Nullable StreamOptions streamOptions;
	private @Nullable Map<String, String> metadata;
	private @Nullable Double temperature;
	private @Nullable Double topP;
	private @Nullable Integer topLogprobs;
	private @Nullable String truncation;
	private @Nullable List<String> include;
	private @Nullable String serviceTier;
	private @Nullable PromptTemplate prompt;
	private @Nullable String promptCacheKey;
	private @Nullable String promptCacheRetention;
	private ResponseRequest.@Nullable PromptCacheOptions promptCacheOptions;
	private @Nullable String safetyIdentifier;
	private @Nullable String user;
	private @Nullable Map<String, Object> moderation;
	private @Nullable List<ResponseRequest.ContextManagement> contextManagement;
	ResponseRequestBuilder() {
	}

	ResponseRequestBuilder(ResponseRequest request) {
		this.model = request.model();
		this.input = request.input();
		this.instructions = request.instructions();
		this.tools = (request.tools() != null) ? new ArrayList<>(request.tools()) : null;
		this.toolChoice = request.toolChoice();
		this.parallelToolCalls = request.parallelToolCalls();
		this.maxOutputTokens = request.maxOutputTokens();
		this.maxToolCalls = request.maxToolCalls();
		this.previousResponseId = request.previousResponseId();
		this.conversation = request.conversation();
		this.reasoning = request.reasoning();
		this.text = request.text();
		this.store = request.store();
		this.background = request.background();
		this.stream = request.stream();
		this.streamOptions = request.streamOptions();
		this.metadata = request.metadata();
		this.temperature = request.temperature();
		this.topP = request.topP();
		this.topLogprobs = request.topLogprobs();
		this.truncation = request.truncation();
		this.include = (request.include() != null) ? new ArrayList<>(request.include()) : null;
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

	/**
	 * Sets text input, equivalent to one user message.
	 * @param text the text
	 * @return this builder
	 */
	public ResponseRequestBuilder input(String text) {
		this.input = ResponseInput.of(text);
		return this;
	}

	/**
	 * Sets item input: messages, function call outputs, references to earlier items.
	 * @param items the items
	 * @return this builder
	 */
	public ResponseRequestBuilder input(ResponseItem... items) {
		return input(Arrays.asList(items));
	}

	/**
	 * Sets item input.
	 * @param items the items
	 * @return this builder
	 */
	public ResponseRequestBuilder input(List<? extends ResponseItem> items) {
		this.input = ResponseInput.of(items);
		return this;
	}

	/**
	 * Sets the input.
	 * @param input the input, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder input(@Nullable ResponseInput input) {
		this.input = input;
		return this;
	}

	/**
	 * Adds tools the model may call.
	 * @param tools the tools
	 * @return this builder
	 */
	public ResponseRequestBuilder addTools(ResponseTool... tools) {
		if (this.tools == null) {
			this.tools = new ArrayList<>();
		}
		this.tools.addAll(Arrays.asList(tools));
		return this;
	}

	/**
	 * Sets the tools the model may call.
	 * @param tools the tools, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder tools(@Nullable List<ResponseTool> tools) {
		this.tools = (tools != null) ? new ArrayList<>(tools) : null;
		return this;
	}

	/**
	 * Adds values to {@code include}, see {@link ResponseInclude}.
	 * @param values the values
	 * @return this builder
	 */
	public ResponseRequestBuilder addInclude(String... values) {
		if (this.include == null) {
			this.include = new ArrayList<>();
		}
		this.include.addAll(Arrays.asList(values));
		return this;
	}

	/**
	 * Sets {@code include}, see {@link ResponseInclude}.
	 * @param include the values, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder include(@Nullable List<String> include) {
		this.include = (include != null) ? new ArrayList<>(include) : null;
		return this;
	}

	/**
	 * Asks for Structured Outputs: the answer follows a JSON schema ({@code text.format} of type
	 * {@code json_schema}), keeping any verbosity set before.
	 * @param name the schema name: letters, digits, underscores and dashes
	 * @param schema the JSON schema
	 * @param strict whether to follow the schema exactly
	 * @return this builder
	 */
	public ResponseRequestBuilder jsonSchema(String name, Map<String, ?> schema, boolean strict) {
		return textFormat(TextFormat.jsonSchema(name, schema, strict));
	}

	/**
	 * Asks for Structured Outputs with a schema given as a JSON tree.
	 * @param name the schema name: letters, digits, underscores and dashes
	 * @param schema the JSON schema, an object
	 * @param strict whether to follow the schema exactly
	 * @return this builder
	 */
	public ResponseRequestBuilder jsonSchema(String name, JsonNode schema, boolean strict) {
		return textFormat(TextFormat.jsonSchema(name, schema, strict));
	}

	/**
	 * Sets {@code text.format}, keeping any verbosity set before.
	 * @param format the format
	 * @return this builder
	 */
	public ResponseRequestBuilder textFormat(TextFormat format) {
		this.text = new TextConfig(format, (this.text != null) ? this.text.verbosity() : null);
		return this;
	}

	/**
	 * Sets {@code text.verbosity}, keeping any format set before.
	 * @param verbosity {@code low}, {@code medium} or {@code high}
	 * @return this builder
	 */
	public ResponseRequestBuilder verbosity(String verbosity) {
		this.text = new TextConfig((this.text != null) ? this.text.format() : null, verbosity);
		return this;
	}

	/**
	 * Sets {@code model}.
	 * @param model the model ID, such as {@code gpt-5}, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder model(@Nullable String model) {
		this.model = model;
		return this;
	}

	/**
	 * Sets {@code instructions}.
	 * @param instructions a system (developer) message placed first in the model's context, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder instructions(@Nullable String instructions) {
		this.instructions = instructions;
		return this;
	}

	/**
	 * Sets {@code tool_choice}.
	 * @param toolChoice how the model picks tools, such as {@link ToolChoice#REQUIRED}, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder toolChoice(@Nullable ToolChoice toolChoice) {
		this.toolChoice = toolChoice;
		return this;
	}

	/**
	 * Sets {@code parallel_tool_calls}.
	 * @param parallelToolCalls whether tool calls may run in parallel, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
		this.parallelToolCalls = parallelToolCalls;
		return this;
	}

	/**
	 * Sets {@code max_output_tokens}.
	 * @param maxOutputTokens the limit of output tokens, reasoning included; at least 16, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder maxOutputTokens(@Nullable Integer maxOutputTokens) {
		this.maxOutputTokens = maxOutputTokens;
		return this;
	}

	/**
	 * Sets {@code max_tool_calls}.
	 * @param maxToolCalls the limit of built-in tool calls, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder maxToolCalls(@Nullable Integer maxToolCalls) {
		this.maxToolCalls = maxToolCalls;
		return this;
	}

	/**
	 * Sets {@code previous_response_id}.
	 * @param previousResponseId the response this one continues, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder previousResponseId(@Nullable String previousResponseId) {
		this.previousResponseId = previousResponseId;
		return this;
	}

	/**
	 * Sets {@code conversation}.
	 * @param conversation the ID of the conversation this response belongs to, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder conversation(@Nullable String conversation) {
		this.conversation = conversation;
		return this;
	}

	/**
	 * Sets {@code reasoning}.
	 * @param reasoning the reasoning configuration, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder reasoning(@Nullable ReasoningConfig reasoning) {
		this.reasoning = reasoning;
		return this;
	}

	/**
	 * Sets {@code text}.
	 * @param text the text output configuration, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder text(@Nullable TextConfig text) {
		this.text = text;
		return this;
	}

	/**
	 * Sets {@code store}.
	 * @param store whether to store the response, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder store(@Nullable Boolean store) {
		this.store = store;
		return this;
	}

	/**
	 * Sets {@code background}.
	 * @param background whether to run in the background, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder background(@Nullable Boolean background) {
		this.background = background;
		return this;
	}

	/**
	 * Sets {@code stream_options}.
	 * @param streamOptions options of a streamed response, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder streamOptions(ResponseRequest.@Nullable StreamOptions streamOptions) {
		this.streamOptions = streamOptions;
		return this;
	}

	/**
	 * Sets {@code metadata}.
	 * @param metadata up to 16 key-value pairs, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder metadata(@Nullable Map<String, String> metadata) {
		this.metadata = metadata;
		return this;
	}

	/**
	 * Sets {@code temperature}.
	 * @param temperature the sampling temperature, 0 to 2, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder temperature(@Nullable Double temperature) {
		this.temperature = temperature;
		return this;
	}

	/**
	 * Sets {@code top_p}.
	 * @param topP the nucleus sampling mass, 0 to 1, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder topP(@Nullable Double topP) {
		this.topP = topP;
		return this;
	}

	/**
	 * Sets {@code top_logprobs}.
	 * @param topLogprobs how many likely tokens to return per position, 0 to 20, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder topLogprobs(@Nullable Integer topLogprobs) {
		this.topLogprobs = topLogprobs;
		return this;
	}

	/**
	 * Sets {@code truncation}.
	 * @param truncation {@code auto} or {@code disabled}, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder truncation(@Nullable String truncation) {
		this.truncation = truncation;
		return this;
	}

	/**
	 * Sets {@code service_tier}.
	 * @param serviceTier the processing tier, such as {@code flex}, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder serviceTier(@Nullable String serviceTier) {
		this.serviceTier = serviceTier;
		return this;
	}

	/**
	 * Sets {@code prompt}.
	 * @param prompt a stored prompt template and its variables, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder prompt(@Nullable PromptTemplate prompt) {
		this.prompt = prompt;
		return this;
	}

	/**
	 * Sets {@code prompt_cache_key}.
	 * @param promptCacheKey a key to improve prompt cache hits, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder promptCacheKey(@Nullable String promptCacheKey) {
		this.promptCacheKey = promptCacheKey;
		return this;
	}

	/**
	 * Sets {@code prompt_cache_retention}.
	 * @param promptCacheRetention deprecated: {@code in_memory} or {@code 24h}, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder promptCacheRetention(@Nullable String promptCacheRetention) {
		this.promptCacheRetention = promptCacheRetention;
		return this;
	}

	/**
	 * Sets {@code prompt_cache_options}.
	 * @param promptCacheOptions the prompt cache options, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder promptCacheOptions(ResponseRequest.@Nullable PromptCacheOptions promptCacheOptions) {
		this.promptCacheOptions = promptCacheOptions;
		return this;
	}

	/**
	 * Sets {@code safety_identifier}.
	 * @param safetyIdentifier a stable, hashed identifier of the end user, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder safetyIdentifier(@Nullable String safetyIdentifier) {
		this.safetyIdentifier = safetyIdentifier;
		return this;
	}

	/**
	 * Sets {@code user}.
	 * @param user deprecated end-user identifier, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder user(@Nullable String user) {
		this.user = user;
		return this;
	}

	/**
	 * Sets {@code moderation}.
	 * @param moderation the moderation configuration, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder moderation(@Nullable Map<String, Object> moderation) {
		this.moderation = moderation;
		return this;
	}

	/**
	 * Sets {@code context_management}.
	 * @param contextManagement context management entries, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder contextManagement(
			@Nullable List<ResponseRequest.ContextManagement> contextManagement) {
		this.contextManagement = contextManagement;
		return this;
	}

	ResponseRequestBuilder stream(@Nullable Boolean stream) {
		this.stream = stream;
		return this;
	}

	/**
	 * Builds the request, checking it against the API's limits.
	 * @return the request
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field of a bad value
	 */
	public ResponseRequest build() {
		return new ResponseRequest(this.model, this.input, this.instructions, this.tools, this.toolChoice,
				this.parallelToolCalls, this.maxOutputTokens, this.maxToolCalls, this.previousResponseId,
				this.conversation, this.reasoning, this.text, this.store, this.background, this.stream,
				this.streamOptions, this.metadata, this.temperature, this.topP, this.topLogprobs, this.truncation,
				this.include, this.serviceTier, this.prompt, this.promptCacheKey, this.promptCacheRetention,
				this.promptCacheOptions, this.safetyIdentifier, this.user, this.moderation, this.contextManagement);
	}

}
