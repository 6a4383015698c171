package dev.integrations.openai.responses;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.common.RequestBuilder;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Builds a {@link ResponseRequest}; {@link #build()} checks it against the API's limits. Setters take
 * {@code null} to clear a value. Get one from {@link ResponseRequest#builder()}.
 */
public final class ResponseRequestBuilder extends ResponseRequestSettings {

	private @Nullable String model;

	private @Nullable ResponseInput input;

	private @Nullable String instructions;

	private @Nullable List<ResponseTool> tools;

	private @Nullable ToolChoice toolChoice;

	private @Nullable Boolean parallelToolCalls;

	private @Nullable ReasoningConfig reasoning;

	private @Nullable TextConfig text;

	private @Nullable Boolean stream;

	private @Nullable List<String> include;

	private ResponseRequest.@Nullable MultiAgent multiAgent;

	ResponseRequestBuilder() {
	}

	ResponseRequestBuilder(ResponseRequest request) {
		super(request);
		this.model = request.model();
		this.input = request.input();
		this.instructions = request.instructions();
		this.tools = (request.tools() != null) ? new ArrayList<>(request.tools()) : null;
		this.toolChoice = request.toolChoice();
		this.parallelToolCalls = request.parallelToolCalls();
		this.reasoning = request.reasoning();
		this.text = request.text();
		this.stream = request.stream();
		this.include = (request.include() != null) ? new ArrayList<>(request.include()) : null;
		this.multiAgent = request.multiAgent();
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
	 * Adds a tool the model may call.
	 * @param tool the tool
	 * @return this builder
	 */
	public ResponseRequestBuilder addTool(ResponseTool tool) {
		if (this.tools == null) {
			this.tools = new ArrayList<>();
		}
		this.tools.add(tool);
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

	@Override
	ResponseRequestBuilder self() {
		return this;
	}

	/**
	 * Sets {@code multi_agent}, a beta field: send the request with {@code responses().beta(...)}.
	 * @param multiAgent the multi-agent settings, or {@code null}
	 * @return this builder
	 */
	public ResponseRequestBuilder multiAgent(ResponseRequest.@Nullable MultiAgent multiAgent) {
		this.multiAgent = multiAgent;
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
				this.promptCacheOptions, this.safetyIdentifier, this.user, this.moderation, this.contextManagement,
				this.multiAgent, buildExtra());
	}

}
