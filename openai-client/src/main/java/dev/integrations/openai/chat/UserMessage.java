package dev.integrations.openai.chat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * A message from the end user ({@code role: user}): text, or parts mixing text, images, input audio and files.
 *
 * @param content the content
 * @param name an optional participant name
 */
@JsonTypeName("user")
public record UserMessage(MessageContent content, @Nullable String name) implements ChatMessage {

	/**
	 * Checks the content.
	 */
	public UserMessage {
		Validation.required("content", content);
		ContentRules.check("user", content, ContentRules.USER);
	}

}
