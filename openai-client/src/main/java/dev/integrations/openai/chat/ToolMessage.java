package dev.integrations.openai.chat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Validation;

/**
 * The result of a tool call ({@code role: tool}); content is text or text parts.
 *
 * @param content the result
 * @param toolCallId the ID of the {@link ToolCall} this answers
 */
@JsonTypeName("tool")
public record ToolMessage(MessageContent content, String toolCallId) implements ChatMessage {

	/**
	 * Checks the fields.
	 */
	public ToolMessage {
		Validation.required("content", content);
		Validation.notBlank("tool_call_id", toolCallId);
		ContentRules.check("tool", content, ContentRules.TEXT_ONLY);
	}

}
