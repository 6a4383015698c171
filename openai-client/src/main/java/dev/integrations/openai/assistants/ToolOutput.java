package dev.integrations.openai.assistants;

import dev.integrations.openai.internal.Validation;

/**
 * The output of a function call, submitted to a run that requires action.
 *
 * @param toolCallId the ID of the call in {@link RequiredAction#toolCalls()}
 * @param output the output, typically JSON text
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record ToolOutput(String toolCallId, String output) {

	/**
	 * Validates the output.
	 */
	public ToolOutput {
		Validation.notBlank("tool_outputs.tool_call_id", toolCallId);
		Validation.required("tool_outputs.output", output);
	}

}
