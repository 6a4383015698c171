package dev.integrations.openai.chat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Instructions from the developer that the model follows regardless of user messages; with o1 models and newer they replace {@link SystemMessage}s. Content is text or text parts ({@code role: developer}).
 *
 * @param content the instructions
 * @param name an optional participant name
 */
@JsonTypeName("developer")
public record DeveloperMessage(MessageContent content, @Nullable String name) implements ChatMessage {

	/**
	 * Checks the content.
	 */
	public DeveloperMessage {
		Validation.required("content", content);
		ContentRules.check("developer", content, ContentRules.TEXT_ONLY);
	}

}
