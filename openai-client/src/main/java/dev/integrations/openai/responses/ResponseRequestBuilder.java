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
public final class ResponseRequestBuilder extends ResponseRequestSettings {

	ResponseRequestBuilder(@Nullable ResponseRequest from) {
		super(from);
	}

	/** Sets text input, equivalent to one user message. */
	public ResponseRequestBuilder input(String text) {
		return input(ResponseInput.of(text));
	}

	/** Sets item input: messages, function call outputs, references to earlier items. */
	public ResponseRequestBuilder input(ResponseItem... items) {
		return input(Arrays.asList(items));
	}

	/** Sets item input. */
	public ResponseRequestBuilder input(List<? extends ResponseItem> items) {
		return input(ResponseInput.of(items));
	}

	/** Sets the input ({@code null} unsets it). */
	public ResponseRequestBuilder input(@Nullable ResponseInput input) {
		return set("input", input);
	}

	/** Adds a tool the model may call. */
	public ResponseRequestBuilder addTool(ResponseTool tool) {
		return add("tools", tool);
	}

	/** Sets the tools the model may call ({@code null} unsets it). */
	public ResponseRequestBuilder tools(@Nullable List<ResponseTool> tools) {
		return set("tools", tools);
	}

	/** Adds values to {@code include}, see {@link ResponseInclude}. */
	public ResponseRequestBuilder addInclude(String... values) {
		List<String> include = new ArrayList<>();
		List<String> before = get("include");
		if (before != null) {
			include.addAll(before);
		}
		include.addAll(Arrays.asList(values));
		return include(include);
	}

	/** Sets {@code include}, see {@link ResponseInclude} ({@code null} unsets it). */
	public ResponseRequestBuilder include(@Nullable List<String> include) {
		return set("include", include);
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

	/** Sets {@code text.format}, keeping any verbosity set before. */
	public ResponseRequestBuilder textFormat(TextFormat format) {
		TextConfig text = get("text");
		return text(new TextConfig(format, (text != null) ? text.verbosity() : null));
	}

	/** Sets {@code text.verbosity}, keeping any format set before: {@code low}, {@code medium} or {@code high}. */
	public ResponseRequestBuilder verbosity(String verbosity) {
		TextConfig text = get("text");
		return text(new TextConfig((text != null) ? text.format() : null, verbosity));
	}

	/** Sets {@code model}: the model ID, such as {@code gpt-5}, or {@code null}. */
	public ResponseRequestBuilder model(@Nullable String model) {
		return set("model", model);
	}

	/** Sets {@code instructions}: a system (developer) message placed first in the model's context, or {@code null}. */
	public ResponseRequestBuilder instructions(@Nullable String instructions) {
		return set("instructions", instructions);
	}

	/** Sets {@code tool_choice}: how the model picks tools, such as {@link ToolChoice#REQUIRED}, or {@code null}. */
	public ResponseRequestBuilder toolChoice(@Nullable ToolChoice toolChoice) {
		return set("toolChoice", toolChoice);
	}

	/** Sets {@code parallel_tool_calls}: whether tool calls may run in parallel, or {@code null}. */
	public ResponseRequestBuilder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
		return set("parallelToolCalls", parallelToolCalls);
	}

	/** Sets {@code reasoning} ({@code null} unsets it). */
	public ResponseRequestBuilder reasoning(@Nullable ReasoningConfig reasoning) {
		return set("reasoning", reasoning);
	}

	/** Sets {@code text}: the text output configuration, or {@code null}. */
	public ResponseRequestBuilder text(@Nullable TextConfig text) {
		return set("text", text);
	}

	/**
	 * Sets {@code multi_agent}, a beta field: send the request with {@code responses().beta(...)} ({@code null} unsets
	 * it).
	 */
	public ResponseRequestBuilder multiAgent(ResponseRequest.@Nullable MultiAgent multiAgent) {
		return set("multiAgent", multiAgent);
	}

	ResponseRequestBuilder stream(@Nullable Boolean stream) {
		return set("stream", stream);
	}

}
