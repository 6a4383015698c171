package dev.integrations.openai.realtime;

import java.util.List;

import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.responses.PromptTemplate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The configuration of a Realtime session ({@code RealtimeSessionCreateRequestGA}), sent when a call is accepted or
 * created and attached to a client secret. Build it with {@link #builder()}. The nested unions of the spec
 * (audio formats and turn detection, tracing, tools, truncation, the output token limit) are kept as JSON.
 *
 * @param type always {@code realtime}
 * @param outputModalities {@code audio} (the default) or {@code text}
 * @param model the Realtime model, such as {@code gpt-realtime}
 * @param instructions the system instructions
 * @param audio the input and output audio configuration: formats, transcription, noise reduction, turn detection,
 * voice and speed
 * @param include extra data in server events, such as {@code item.input_audio_transcription.logprobs}
 * @param tracing {@code "auto"} or {@code {workflow_name, group_id, metadata}}
 * @param tools function and MCP tools the model may call
 * @param toolChoice {@code auto}, {@code none}, {@code required}, or a function or MCP tool
 * @param parallelToolCalls whether tool calls may run in parallel
 * @param reasoning the reasoning configuration ({@code {"effort": ...}}), for reasoning models
 * @param maxOutputTokens the output token limit of a response, 1 to 4096, or {@code "inf"}
 * @param truncation {@code auto}, {@code disabled} or {@code {type: retention_ratio, ...}}
 * @param prompt a stored prompt template and its variables
 */
public record RealtimeSessionConfig(String type, @Nullable List<String> outputModalities, @Nullable String model,
		@Nullable String instructions, @Nullable JsonNode audio, @Nullable List<String> include,
		@Nullable JsonNode tracing, @Nullable List<JsonNode> tools, @Nullable JsonNode toolChoice,
		@Nullable Boolean parallelToolCalls, @Nullable JsonNode reasoning, @Nullable JsonNode maxOutputTokens,
		@Nullable JsonNode truncation, @Nullable PromptTemplate prompt) {

	/**
	 * Checks the type and copies the lists.
	 */
	public RealtimeSessionConfig {
		Validation.notBlank("type", type);
		outputModalities = (outputModalities != null) ? List.copyOf(outputModalities) : null;
		include = (include != null) ? List.copyOf(include) : null;
		tools = (tools != null) ? List.copyOf(tools) : null;
	}

	/**
	 * Starts a configuration; its {@code model} is required.
	 * @return a builder
	 */
	public static RealtimeSessionConfigBuilder builder() {
		return new RealtimeSessionConfigBuilder();
	}

}
