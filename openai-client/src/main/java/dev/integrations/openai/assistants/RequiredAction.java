package dev.integrations.openai.assistants;

import java.util.List;
import dev.integrations.openai.internal.WireLists;

/**
 * What a run waits for in status {@code requires_action}: outputs of the function calls it made.
 *
 * @param type always {@code submit_tool_outputs}
 * @param submitToolOutputs the calls whose outputs the run needs
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record RequiredAction(String type, SubmitToolOutputs submitToolOutputs) {

	/** @return the function calls to answer */
	public List<FunctionCallRequest> toolCalls() {
		return (this.submitToolOutputs != null) ? this.submitToolOutputs.toolCalls() : List.of();
	}

	/**
	 * The function calls whose outputs the run needs.
	 *
	 * @param toolCalls the calls
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public record SubmitToolOutputs(List<FunctionCallRequest> toolCalls) {

		/**
		 * Normalizes missing calls to an empty list.
		 */
		public SubmitToolOutputs {
			toolCalls = WireLists.copyOf(toolCalls);
		}

	}

	/**
	 * A function call the run made; answer it with a {@link ToolOutput} carrying the same {@code id}.
	 *
	 * @param id the tool call ID
	 * @param type always {@code function}
	 * @param function the function name and its arguments
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public record FunctionCallRequest(String id, String type, Function function) {

		/**
		 * The called function.
		 *
		 * @param name the function name
		 * @param arguments the arguments as a JSON string, such as {@code {"location":"Paris"}}
		 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
		 */
		@Deprecated
		public record Function(String name, String arguments) {

		}

	}

}
