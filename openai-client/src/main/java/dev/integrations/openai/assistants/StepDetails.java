package dev.integrations.openai.assistants;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * What a run step did: created a message, or made tool calls. Also used by stream deltas.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = StepDetails.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = StepDetails.MessageCreation.class, name = "message_creation"),
		@JsonSubTypes.Type(value = StepDetails.ToolCalls.class, name = "tool_calls") })
public sealed interface StepDetails {

	/**
	 * The step created a message.
	 *
	 * @param messageCreation the created message
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record MessageCreation(CreatedMessage messageCreation) implements StepDetails {

	}

	/**
	 * The message a step created.
	 *
	 * @param messageId the message ID
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record CreatedMessage(@Nullable String messageId) {

	}

	/**
	 * The step made tool calls.
	 *
	 * @param toolCalls the calls
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record ToolCalls(List<RunStepToolCall> toolCalls) implements StepDetails {

		/**
		 * Normalizes missing calls to an empty list.
		 */
		public ToolCalls {
			toolCalls = WireLists.copyOf(toolCalls);
		}

	}

	/**
	 * A step details type this client does not know yet, read without failing.
	 *
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Unknown() implements StepDetails {

	}

}
