package dev.integrations.openai.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The result of a function call ({@code role: function}). Deprecated by the API in favor of {@link ToolMessage}.
 *
 * @param content the result; sent as {@code null} when absent, since the API requires the field
 * @param name the name of the function that was called
 */
@JsonTypeName("function")
public record FunctionMessage(@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String content, String name)
		implements ChatMessage {

	/**
	 * Checks the name.
	 */
	public FunctionMessage {
		Validation.notBlank("name", name);
	}

}
