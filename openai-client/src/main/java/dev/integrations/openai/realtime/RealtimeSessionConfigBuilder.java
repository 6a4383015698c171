package dev.integrations.openai.realtime;

import java.util.ArrayList;
import java.util.List;

import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.responses.PromptTemplate;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Builds a {@link RealtimeSessionConfig}. JSON-valued settings take any object the shared mapper writes (a
 * {@code Map}, a record, a {@link JsonNode}).
 */
public final class RealtimeSessionConfigBuilder {

	private @Nullable String model;

	private @Nullable List<String> outputModalities;

	private @Nullable String instructions;

	private @Nullable JsonNode audio;

	private @Nullable List<String> include;

	private @Nullable JsonNode tracing;

	private final List<JsonNode> tools = new ArrayList<>();

	private @Nullable JsonNode toolChoice;

	private @Nullable Boolean parallelToolCalls;

	private @Nullable JsonNode reasoning;

	private @Nullable JsonNode maxOutputTokens;

	private @Nullable JsonNode truncation;

	private @Nullable PromptTemplate prompt;

	RealtimeSessionConfigBuilder() {
	}

	/**
	 * Sets the Realtime model (required).
	 * @param model the model, such as {@code gpt-realtime}
	 * @return this builder
	 */
	public RealtimeSessionConfigBuilder model(String model) {
		this.model = model;
		return this;
	}

	/**
	 * Sets {@code output_modalities}.
	 * @param modalities {@code audio} or {@code text}
	 * @return this builder
	 */
	public RealtimeSessionConfigBuilder outputModalities(String... modalities) {
		this.outputModalities = List.of(modalities);
		return this;
	}

	/**
	 * Sets {@code instructions}.
	 * @param instructions the system instructions
	 * @return this builder
	 */
	public RealtimeSessionConfigBuilder instructions(@Nullable String instructions) {
		this.instructions = instructions;
		return this;
	}

	/**
	 * Sets {@code audio}, such as {@code Map.of("output", Map.of("voice", "marin"))}.
	 * @param audio the audio configuration
	 * @return this builder
	 */
	public RealtimeSessionConfigBuilder audio(@Nullable Object audio) {
		this.audio = json(audio);
		return this;
	}

	/**
	 * Sets {@code include}.
	 * @param include extra data in server events
	 * @return this builder
	 */
	public RealtimeSessionConfigBuilder include(String... include) {
		this.include = List.of(include);
		return this;
	}

	/**
	 * Sets {@code tracing}: {@code "auto"} or {@code {workflow_name, group_id, metadata}}.
	 * @param tracing the tracing configuration
	 * @return this builder
	 */
	public RealtimeSessionConfigBuilder tracing(@Nullable Object tracing) {
		this.tracing = json(tracing);
		return this;
	}

	/**
	 * Adds a tool, such as {@code {"type": "function", "name": ..., "parameters": ...}}.
	 * @param tool the tool
	 * @return this builder
	 */
	public RealtimeSessionConfigBuilder addTool(Object tool) {
		this.tools.add(OpenAIJson.mapper().valueToTree(tool));
		return this;
	}

	/**
	 * Sets {@code tool_choice}: {@code "auto"}, {@code "none"}, {@code "required"} or a tool object.
	 * @param toolChoice the tool choice
	 * @return this builder
	 */
	public RealtimeSessionConfigBuilder toolChoice(@Nullable Object toolChoice) {
		this.toolChoice = json(toolChoice);
		return this;
	}

	/**
	 * Sets {@code parallel_tool_calls}.
	 * @param parallelToolCalls whether tool calls may run in parallel
	 * @return this builder
	 */
	public RealtimeSessionConfigBuilder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
		this.parallelToolCalls = parallelToolCalls;
		return this;
	}

	/**
	 * Sets {@code reasoning}, such as {@code Map.of("effort", "low")}.
	 * @param reasoning the reasoning configuration
	 * @return this builder
	 */
	public RealtimeSessionConfigBuilder reasoning(@Nullable Object reasoning) {
		this.reasoning = json(reasoning);
		return this;
	}

	/**
	 * Sets {@code max_output_tokens}: a number from 1 to 4096 or {@code "inf"}.
	 * @param maxOutputTokens the limit
	 * @return this builder
	 */
	public RealtimeSessionConfigBuilder maxOutputTokens(@Nullable Object maxOutputTokens) {
		this.maxOutputTokens = json(maxOutputTokens);
		return this;
	}

	/**
	 * Sets {@code truncation}: {@code "auto"}, {@code "disabled"} or a retention-ratio object.
	 * @param truncation the truncation
	 * @return this builder
	 */
	public RealtimeSessionConfigBuilder truncation(@Nullable Object truncation) {
		this.truncation = json(truncation);
		return this;
	}

	/**
	 * Sets {@code prompt}.
	 * @param prompt a stored prompt template and its variables
	 * @return this builder
	 */
	public RealtimeSessionConfigBuilder prompt(@Nullable PromptTemplate prompt) {
		this.prompt = prompt;
		return this;
	}

	/**
	 * Builds the configuration, of type {@code realtime}.
	 * @return the configuration
	 */
	public RealtimeSessionConfig build() {
		return new RealtimeSessionConfig("realtime", this.outputModalities, Validation.notBlank("model", this.model),
				this.instructions, this.audio,
				this.include, this.tracing, this.tools.isEmpty() ? null : this.tools, this.toolChoice,
				this.parallelToolCalls, this.reasoning, this.maxOutputTokens, this.truncation, this.prompt);
	}

	private static @Nullable JsonNode json(@Nullable Object value) {
		return (value != null) ? OpenAIJson.mapper().valueToTree(value) : null;
	}

}
