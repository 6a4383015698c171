package dev.integrations.openai.assistants;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of create-thread-and-run ({@code POST /threads/runs}): a new thread, the tool resources of the run,
 * and the run settings, written at the top level of the body. The run settings must not use
 * {@code reasoning_effort}, {@code additional_instructions}, {@code additional_messages} or {@code include},
 * which this endpoint does not accept (put the messages in the thread).
 *
 * @param thread the thread to create, or {@code null} for an empty one
 * @param toolResources the resources made available to the tools of the run
 * @param run the assistant and the run settings
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record ThreadRunRequest(@Nullable ThreadRequest thread, @Nullable ToolResources toolResources,
		@JsonUnwrapped RunRequest run) {

	/**
	 * Validates that the run settings fit this endpoint.
	 */
	public ThreadRunRequest {
		Validation.required("assistant_id", run);
		rejectSet("reasoning_effort", run.reasoningEffort());
		rejectSet("additional_instructions", run.additionalInstructions());
		rejectSet("additional_messages", run.additionalMessages());
		rejectSet("include[]", run.include());
		AssistantsApi.validateTools(null, toolResources, null);
	}

	private static void rejectSet(String field, @Nullable Object value) {
		if (value != null) {
			throw new OpenAIValidationException(field, field + " is not accepted by create-thread-and-run");
		}
	}

	/**
	 * A new thread with messages, run by an assistant.
	 * @param thread the thread to create
	 * @param run the assistant and the run settings
	 * @return the request
	 */
	public static ThreadRunRequest of(ThreadRequest thread, RunRequest run) {
		return new ThreadRunRequest(thread, null, run);
	}

	/**
	 * A copy with tool resources for the run.
	 * @param toolResources the resources
	 * @return the copy
	 */
	public ThreadRunRequest withToolResources(ToolResources toolResources) {
		return new ThreadRunRequest(this.thread, toolResources, this.run);
	}

	/** @return a copy with {@code stream: true} */
	ThreadRunRequest streaming() {
		return new ThreadRunRequest(this.thread, this.toolResources, this.run.streaming());
	}

}
