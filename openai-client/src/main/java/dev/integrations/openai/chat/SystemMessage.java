package dev.integrations.openai.chat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Instructions from the developer that the model follows regardless of user messages, for models older than o1 (use {@link DeveloperMessage} with newer ones). Content is text or text parts ({@code role: system}).
 *
 * @param content the instructions
 * @param name an optional participant name
 */
@JsonTypeName("system")
public record SystemMessage(MessageContent content, @Nullable String name) implements ChatMessage {

	/**
	 * Checks the content.
	 */
	public SystemMessage {
		Validation.required("content", content);
		ContentRules.check("system", content, ContentRules.TEXT_ONLY);
	}

}
