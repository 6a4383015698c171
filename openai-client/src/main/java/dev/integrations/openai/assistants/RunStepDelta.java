package dev.integrations.openai.assistants;

import org.jspecify.annotations.Nullable;

/**
 * What changed in a run step while a run streams ({@code thread.run.step.delta}), such as the next fragment of
 * code interpreter input or function arguments.
 *
 * @param id the step ID
 * @param object always {@code thread.run.step.delta}
 * @param delta the changed fields
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record RunStepDelta(String id, String object, Delta delta) {

	/**
	 * The changed fields of a run step.
	 *
	 * @param stepDetails the changed details, with {@code index} on each tool call
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public record Delta(@Nullable StepDetails stepDetails) {

	}

}
