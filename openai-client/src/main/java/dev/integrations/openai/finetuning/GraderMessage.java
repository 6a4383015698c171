package dev.integrations.openai.finetuning;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A message given to a model grader (an {@code EvalItem}). The content is a text (with templates), or one or an
 * array of content items ({@code input_text}, {@code output_text}, {@code input_image}, {@code input_audio}),
 * kept as JSON.
 *
 * @param type always {@code message}
 * @param role who speaks
 * @param content the content: a string, an item object, or an array of items
 */
public record GraderMessage(@Nullable String type, Role role, JsonNode content) {

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		GraderChecks.known("role", role);
		Validation.required("content", content);
	}

	/**
	 * Checks the request rules where the message sits on the wire.
	 * @param field the wire field of the message list, such as {@code grader.input}
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field, such as
	 * {@code grader.input.role}
	 */
	public void validate(String field) {
		GraderChecks.known(field + ".role", role);
		Validation.required(field + ".content", content);
	}

	/**
	 * A text message.
	 * @param role who speaks
	 * @param text the text, may hold templates such as {@code {{item.reference_answer}}}
	 * @return the message
	 */
	public static GraderMessage text(Role role, String text) {
		return new GraderMessage("message", role, JsonNodeFactory.instance.stringNode(text));
	}

	/**
	 * Who speaks in a {@link GraderMessage}.
	 */
	public enum Role {

		/** The user. */
		USER,

		/** The model. */
		ASSISTANT,

		/** System instructions. */
		SYSTEM,

		/** Developer instructions. */
		DEVELOPER,

		/** A role this client does not know yet (never sent). */
		@JsonEnumDefaultValue
		UNKNOWN

	}

}
