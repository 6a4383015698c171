package dev.integrations.openai.chat;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Which content parts each message role accepts.
 */
final class ContentRules {

	static final Set<Class<? extends ContentPart>> TEXT_ONLY = Set.of(ContentPart.Text.class);

	static final Set<Class<? extends ContentPart>> ASSISTANT = Set.of(ContentPart.Text.class,
			ContentPart.Refusal.class);

	static final Set<Class<? extends ContentPart>> USER = Set.of(ContentPart.Text.class, ContentPart.Image.class,
			ContentPart.InputAudio.class, ContentPart.File.class);

	private ContentRules() {
	}

	/**
	 * Checks that every part of the content is of an allowed type.
	 * @param role the role, for the message
	 * @param content the content, or {@code null}
	 * @param allowed the allowed part types
	 */
	static void check(String role, @Nullable MessageContent content, Set<Class<? extends ContentPart>> allowed) {
		if (content instanceof MessageContent.Parts parts) {
			for (ContentPart part : parts.parts()) {
				if (!allowed.contains(part.getClass())) {
					throw new OpenAIValidationException("content", "content of a " + role
							+ " message must not contain " + wireType(part) + " parts");
				}
			}
		}
	}

	private static String wireType(ContentPart part) {
		if (part instanceof ContentPart.Unknown unknown) {
			return unknown.type();
		}
		JsonTypeName name = part.getClass().getAnnotation(JsonTypeName.class);
		return (name != null) ? name.value() : part.getClass().getSimpleName();
	}

}
