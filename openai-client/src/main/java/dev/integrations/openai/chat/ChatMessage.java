package dev.integrations.openai.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.integrations.openai.internal.Extras;

/**
 * A message of the conversation sent in a request, written with its {@code role}. The factories cover the common
 * cases; the records ({@link DeveloperMessage}, {@link SystemMessage}, {@link UserMessage},
 * {@link AssistantMessage}, {@link ToolMessage}, {@link FunctionMessage}) take every field.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "role", visible = true,
		defaultImpl = ChatMessage.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(DeveloperMessage.class), @JsonSubTypes.Type(SystemMessage.class),
		@JsonSubTypes.Type(UserMessage.class), @JsonSubTypes.Type(AssistantMessage.class),
		@JsonSubTypes.Type(ToolMessage.class), @JsonSubTypes.Type(FunctionMessage.class) })
public sealed interface ChatMessage
		permits DeveloperMessage, SystemMessage, UserMessage, AssistantMessage, ToolMessage, FunctionMessage,
		ChatMessage.Unknown {

	/**
	 * Instructions from the developer (o1 models and newer).
	 * @param content the instructions
	 * @return the message
	 */
	static DeveloperMessage developer(String content) {
		return new DeveloperMessage(MessageContent.of(content), null);
	}

	/**
	 * Instructions from the developer, for older models.
	 * @param content the instructions
	 * @return the message
	 */
	static SystemMessage system(String content) {
		return new SystemMessage(MessageContent.of(content), null);
	}

	/**
	 * A text message from the user.
	 * @param content the text
	 * @return the message
	 */
	static UserMessage user(String content) {
		return new UserMessage(MessageContent.of(content), null);
	}

	/**
	 * A message from the user made of parts (text, images, audio, files).
	 * @param parts the parts
	 * @return the message
	 */
	static UserMessage user(ContentPart... parts) {
		return new UserMessage(MessageContent.of(List.of(parts)), null);
	}

	/**
	 * An earlier text answer of the model.
	 * @param content the text
	 * @return the message
	 */
	static AssistantMessage assistant(String content) {
		return AssistantMessage.builder().content(content).build();
	}

	/**
	 * An earlier answer of the model that called tools.
	 * @param toolCalls the calls, as the model returned them
	 * @return the message
	 */
	static AssistantMessage assistant(List<? extends ToolCall> toolCalls) {
		return AssistantMessage.builder().toolCalls(toolCalls).build();
	}

	/**
	 * The result of a tool call.
	 * @param toolCallId the ID of the call this answers
	 * @param content the result
	 * @return the message
	 */
	static ToolMessage tool(String toolCallId, String content) {
		return new ToolMessage(MessageContent.of(content), toolCallId);
	}

	/**
	 * A message of a role this client does not know, such as one added to the API after it: read without failing and written
	 * back unchanged. Build one to send it.
	 *
	 * @param role the role
	 * @param fields the other fields, as read or to write
	 */
	record Unknown(@JsonTypeId String role,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ChatMessage {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
