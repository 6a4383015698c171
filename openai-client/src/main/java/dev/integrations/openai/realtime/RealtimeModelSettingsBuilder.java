package dev.integrations.openai.realtime;

import java.util.List;

import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.responses.PromptTemplate;
import dev.integrations.openai.responses.ToolChoice;
import org.jspecify.annotations.Nullable;

/**
 * The setters a Realtime session ({@link RealtimeSessionConfig.Builder}) and one response
 * ({@link RealtimeResponseParams.Builder}) share, stated once: both records name these fields alike.
 *
 * @param <R> the record built
 * @param <B> the builder type
 */
abstract class RealtimeModelSettingsBuilder<R extends Record, B extends RealtimeModelSettingsBuilder<R, B>>
		extends RecordBuilder<R, B> {

	RealtimeModelSettingsBuilder(Class<R> type, @Nullable R from) {
		super(type, from);
	}

	/** Sets {@code output_modalities}: {@code audio} or {@code text}. */
	public B outputModalities(String... modalities) {
		return set("outputModalities", List.of(modalities));
	}

	/** Sets {@code instructions}: the system instructions of the session, or the instructions of one response. */
	public B instructions(String instructions) {
		return set("instructions", instructions);
	}

	/** Adds a tool: a function or MCP tool. */
	public B addTool(RealtimeTool tool) {
		return add("tools", tool);
	}

	/**
	 * Sets {@code tool_choice}: such as {@link ToolChoice#AUTO}, {@link ToolChoice#REQUIRED} or {@code
	 * ToolChoice.function("get_weather")}.
	 */
	public B toolChoice(ToolChoice toolChoice) {
		return set("toolChoice", toolChoice);
	}

	/** Sets {@code parallel_tool_calls}: whether tool calls may run in parallel. */
	public B parallelToolCalls(boolean parallelToolCalls) {
		return set("parallelToolCalls", parallelToolCalls);
	}

	/** Sets {@code reasoning.effort}: {@code minimal}, {@code low}, {@code medium}, {@code high} or {@code xhigh}. */
	public B reasoningEffort(String effort) {
		return set("reasoning", new RealtimeReasoning(effort));
	}

	/** Sets {@code max_output_tokens}: 1 to 4096. */
	public B maxOutputTokens(int maxOutputTokens) {
		return set("maxOutputTokens", maxOutputTokens);
	}

	/** Sets {@code prompt}: a stored prompt template and its variables. */
	public B prompt(PromptTemplate prompt) {
		return set("prompt", prompt);
	}

}
