package dev.integrations.openai.assistants;

import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import org.jspecify.annotations.Nullable;

/**
 * An event of a streamed run, selected by the server-sent event's {@code event} name. The stream completes after
 * OpenAI's {@code done} event; an {@code error} event ends it with an
 * {@link dev.integrations.openai.errors.OpenAIStreamException}. Event names this client does not know arrive as
 * {@link Unknown}, so new events never break a stream.
 *
 * <pre>{@code
 * for (AssistantStreamEvent event : stream) {
 *     if (event instanceof AssistantStreamEvent.MessageDeltaEvent delta) {
 *         System.out.print(delta.delta().text());
 *     }
 *     else if (event instanceof AssistantStreamEvent.RunEvent run && run.run().status() == RunStatus.REQUIRES_ACTION) {
 *         // submit the tool outputs with submitToolOutputsStream(...)
 *     }
 * }
 * }</pre>
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public sealed interface AssistantStreamEvent {

	/** @return the event name, such as {@code thread.run.created} or {@code thread.message.delta} */
	String event();

	/**
	 * {@code thread.created}: the thread of a create-thread-and-run was created.
	 *
	 * @param event the event name
	 * @param thread the thread
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record ThreadEvent(String event, AssistantThread thread) implements AssistantStreamEvent {

	}

	/**
	 * {@code thread.run.created}, {@code queued}, {@code in_progress}, {@code requires_action}, {@code completed},
	 * {@code incomplete}, {@code failed}, {@code cancelling}, {@code cancelled} or {@code expired}: the run changed.
	 * Reports the run's model and, once terminal, its token usage to the client's hooks.
	 *
	 * @param event the event name
	 * @param run the run
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record RunEvent(String event, Run run) implements AssistantStreamEvent, ModelResponse {

		@Override
		public @Nullable String model() {
			return this.run.model();
		}

		@Override
		public @Nullable TokenUsage tokenUsage() {
			return this.run.tokenUsage();
		}

	}

	/**
	 * {@code thread.run.step.created}, {@code in_progress}, {@code completed}, {@code failed}, {@code cancelled}
	 * or {@code expired}: a run step changed.
	 *
	 * @param event the event name
	 * @param step the run step
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record RunStepEvent(String event, RunStep step) implements AssistantStreamEvent {

	}

	/**
	 * {@code thread.run.step.delta}: part of a run step, such as code interpreter input, streamed.
	 *
	 * @param event the event name
	 * @param delta the delta
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record RunStepDeltaEvent(String event, RunStepDelta delta) implements AssistantStreamEvent {

	}

	/**
	 * {@code thread.message.created}, {@code in_progress}, {@code completed} or {@code incomplete}: a message
	 * changed.
	 *
	 * @param event the event name
	 * @param message the message
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record MessageEvent(String event, Message message) implements AssistantStreamEvent {

	}

	/**
	 * {@code thread.message.delta}: part of a message streamed.
	 *
	 * @param event the event name
	 * @param delta the delta
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record MessageDeltaEvent(String event, MessageDelta delta) implements AssistantStreamEvent {

	}

	/**
	 * An event this client does not know, with its raw data.
	 *
	 * @param event the event name, empty when the event had none
	 * @param data the raw data
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Unknown(String event, String data) implements AssistantStreamEvent {

	}

}
