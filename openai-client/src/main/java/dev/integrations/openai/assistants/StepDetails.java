package dev.integrations.openai.assistants;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * What a run step did: created a message, or made tool calls. Also used by stream deltas.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = StepDetails.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(StepDetails.MessageCreation.class),
		@JsonSubTypes.Type(StepDetails.ToolCalls.class) })
public sealed interface StepDetails {

	/**
	 * The step created a message.
	 *
	 * @param messageCreation the created message
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("message_creation")
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
	@JsonTypeName("tool_calls")
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
	 * @param type the type, as read
	 * @param fields the other fields, as read, written back unchanged
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements StepDetails {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
